"""The interactive HTML view of the graph (pyvis / vis-network), working offline.

pyvis's template links Bootstrap and, in some modes, vis-network from CDNs; the page is
rendered with the vis-network code shipped inside pyvis in-lined and every remote tag
removed, so opening it makes no network request. Node and edge data reach the page as
JSON (escaped for a script context) and are shown with textContent, so no markup from an
article can run. Large graphs are cut to a readable subgraph, and the page says so.
"""
from __future__ import annotations

import json
import math
import re
from importlib import resources

import networkx as nx
from pyvis.network import Network

from kg.errors import KgError

STYLE = {
    "UnionBody": ("#d62728", "dot"),
    "Program": ("#1f77b4", "diamond"),
    "Region": ("#2ca02c", "square"),
    "Organization": ("#ff7f0e", "triangle"),
    "Person": ("#9467bd", "star"),
}
MAX_NODES = 5000
LAYOUT_THRESHOLD = 1000
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_REMOTE_TAG = re.compile(r"<(script|link)\b[^>]*(src|href)=\"https?://[^\"]*\"[^>]*>(\s*</script>)?", re.S)
_PANEL_SCRIPT = """
<script>
(function () {
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  document.body.dataset.kgNodes = network.body.data.nodes.length;
  network.once('stabilizationIterationsDone', function () { network.setOptions({physics: false}); });
  var panel = document.getElementById('kg-panel');
  function line(tag, text) { var el = document.createElement(tag); el.textContent = text; panel.appendChild(el); }
  network.on('click', function (event) {
    if (!event.nodes.length) { return; }
    var node = data.nodes[event.nodes[0]];
    panel.replaceChildren();
    line('h4', node.name);
    line('div', node.type + (node.code ? ' · ' + node.code : '') + (node.province ? ' · ' + node.province : '')
         + (node.until ? ' · until ' + node.until : ''));
    if (node.aliases.length) { line('div', '别名: ' + node.aliases.join('、')); }
    node.facts.forEach(function (fact) {
      line('p', fact.predicate + ' → ' + fact.other);
      fact.evidence.forEach(function (ev) { line('blockquote', ev.sentence + ' [' + ev.article + ']'); });
    });
  });
  document.getElementById('kg-search').addEventListener('change', function (event) {
    var wanted = event.target.value.trim();
    var hit = Object.keys(data.nodes).find(function (id) {
      var node = data.nodes[id];
      return node.name.indexOf(wanted) >= 0 || node.aliases.some(function (a) { return a.indexOf(wanted) >= 0; });
    });
    if (wanted && hit) { network.selectNodes([hit]); network.focus(hit, {scale: 1.2}); }
  });
  document.querySelectorAll('.kg-type').forEach(function (box) {
    box.addEventListener('change', function () {
      var updates = Object.keys(data.nodes).filter(function (id) { return data.nodes[id].type === box.value; })
        .map(function (id) { return {id: id, hidden: !box.checked}; });
      network.body.data.nodes.update(updates);
    });
  });
})();
</script>
"""


def select_subgraph(graph: nx.MultiDiGraph, focus: str | None = None, depth: int = 1,
                    types: set[str] | None = None, max_nodes: int = MAX_NODES) -> tuple[nx.MultiDiGraph, str]:
    """The part of the graph to draw, and a note saying what was left out (empty if nothing)."""
    notes = []
    nodes = set(graph)
    if focus:
        matches = [n for n, d in graph.nodes(data=True) if d["name"] == focus or focus in d.get("aliases", [])]
        if not matches:
            raise KgError(f"--focus: no entity named {focus}")
        undirected = graph.to_undirected(as_view=True)
        nodes = set()
        for match in matches:
            nodes |= set(nx.ego_graph(undirected, match, radius=depth))
        notes.append(f"neighbourhood of {focus} (depth {depth})")
    if types:
        nodes = {n for n in nodes if graph.nodes[n]["type"] in types}
        notes.append("types: " + ", ".join(sorted(types)))
    if len(nodes) > max_nodes:
        degree = dict(graph.degree(nodes))
        nodes = set(sorted(nodes, key=lambda n: (-degree[n], n))[:max_nodes])
        notes.append(f"the {max_nodes} best-connected of {len(graph)} nodes")
    return graph.subgraph(nodes).copy(), "; ".join(notes)


def _page_data(graph: nx.MultiDiGraph) -> dict:
    nodes = {}
    for node, data in graph.nodes(data=True):
        facts = []
        for source, target, key, edge in sorted(graph.edges(node, keys=True, data=True)) + sorted(
            graph.in_edges(node, keys=True, data=True)
        ):
            other = graph.nodes[target if source == node else source]["name"]
            facts.append({"predicate": key if source == node else f"← {key}", "other": other,
                          "evidence": [{"sentence": e.sentence, "article": e.article} for e in edge["evidence"][:3]]})
        nodes[node] = {"name": data["name"], "type": data["type"], "aliases": data.get("aliases", []),
                       "code": data.get("code", ""), "province": data.get("province", ""),
                       "until": data.get("until", ""), "facts": facts}
    return {"nodes": nodes}


def _script_json(value) -> str:
    """JSON that cannot close the script element it stands in."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _shell_positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """A precomputed layout for large graphs: one ring per type, rings spaced by size."""
    positions = {}
    for ring, kind in enumerate(STYLE):
        members = sorted(n for n, d in graph.nodes(data=True) if d["type"] == kind)
        radius = 400 * (ring + 1) + 3 * len(members)
        for index, node in enumerate(members):
            angle = 2 * math.pi * index / max(len(members), 1)
            positions[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return positions


def render_html(graph: nx.MultiDiGraph, title: str = "kg", note: str = "") -> str:
    """The page as one self-contained HTML string."""
    network = Network(height="85vh", width="100%", directed=True, cdn_resources="in_line", select_menu=False)
    degrees = dict(graph.degree())
    positions = _shell_positions(graph) if len(graph) > LAYOUT_THRESHOLD else {}
    for node, data in sorted(graph.nodes(data=True)):
        color, shape = STYLE.get(data["type"], ("#7f7f7f", "dot"))
        entry = {"id": node, "label": data["name"], "color": color, "shape": shape,
                 "size": 10 + 3 * min(degrees.get(node, 0), 10), "title": f"{data['name']} ({data['type']})"}
        if node in positions:
            entry.update(x=positions[node][0], y=positions[node][1], physics=False)
        network.nodes.append(entry)
        network.node_ids.append(node)
        network.node_map[node] = entry
    for source, target, key in sorted(graph.edges(keys=True)):
        network.edges.append({"from": source, "to": target, "label": key, "title": key, "arrows": "to"})
    network.set_options(json.dumps({
        "physics": {"enabled": not positions, "stabilization": {"iterations": 300},
                    "barnesHut": {"springLength": 120}},
        "edges": {"font": {"size": 9}, "smooth": False},
        "interaction": {"hover": True},
    }))
    page = _REMOTE_TAG.sub("", _COMMENT.sub("", network.generate_html(notebook=False)))
    css = (resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.css").read_text(encoding="utf-8")
    counts = {kind: sum(1 for _, d in graph.nodes(data=True) if d["type"] == kind) for kind in STYLE}
    legend = "".join(
        f'<label style="color:{color};margin-right:1em"><input type="checkbox" class="kg-type" value="{kind}" checked>'
        f" &#9679; {kind} ({counts[kind]})</label>"
        for kind, (color, _) in STYLE.items()
    )
    escaped = _script_json(_page_data(graph))
    header = (
        f"<style>{css} body{{font-family:sans-serif}} #kg-panel{{position:fixed;right:0;top:0;width:28em;"
        f"max-height:100vh;overflow:auto;background:#fff;border-left:1px solid #ccc;padding:0 1em}}</style>"
        f"<h3 id='kg-title'></h3><div>{legend} <input id='kg-search' placeholder='search a name'> "
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
        f"<span id='kg-note'></span></div><div id='kg-panel'></div>"
        f"<script type='application/json' id='kg-data'>{escaped}</script>"
        f"<script>document.getElementById('kg-title').textContent = {_script_json(title)};"
        f"document.getElementById('kg-note').textContent = {_script_json(' — showing ' + note if note else '')};</script>"
    )
    return page.replace("<body>", "<body>" + header, 1).replace("</body>", _PANEL_SCRIPT + "</body>", 1)
