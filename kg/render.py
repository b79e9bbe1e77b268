"""The interactive HTML view of the graph (pyvis / vis-network), working offline.

pyvis's template links Bootstrap and, in some modes, vis-network from CDNs; the page is
rendered with the vis-network code shipped inside pyvis in-lined and every remote tag
removed, so opening it makes no network request. All text from articles is escaped.
"""
from __future__ import annotations

import html
import json
import re
from importlib import resources

import networkx as nx
from pyvis.network import Network

STYLE = {
    "UnionBody": ("#d62728", "dot"),
    "Program": ("#1f77b4", "diamond"),
    "Region": ("#2ca02c", "square"),
    "Organization": ("#ff7f0e", "triangle"),
    "Person": ("#9467bd", "star"),
}
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_REMOTE_TAG = re.compile(r"<(script|link)\b[^>]*(src|href)=\"https?://[^\"]*\"[^>]*>(\s*</script>)?", re.S)


def _tooltip(graph: nx.MultiDiGraph, node: str, data: dict) -> str:
    lines = [f"{data['name']} ({data['type']})"]
    if data.get("aliases"):
        lines.append("aliases: " + "、".join(data["aliases"]))
    if data.get("code"):
        lines.append(f"code: {data['code']}")
    for _, target, key, edge in list(graph.out_edges(node, keys=True, data=True))[:5]:
        for evidence in edge.get("evidence", [])[:1]:
            lines.append(f"{key} {graph.nodes[target]['name']}: {evidence.sentence[:80]} [{evidence.article}]")
    return html.escape("\n".join(lines))


def render_html(graph: nx.MultiDiGraph, title: str = "kg") -> str:
    """The page as one self-contained HTML string."""
    network = Network(height="90vh", width="100%", directed=True, cdn_resources="in_line", select_menu=False)
    degrees = dict(graph.degree())
    for node, data in sorted(graph.nodes(data=True)):
        color, shape = STYLE.get(data["type"], ("#7f7f7f", "dot"))
        network.nodes.append({
            "id": node, "label": html.escape(data["name"]), "title": _tooltip(graph, node, data),
            "color": color, "shape": shape, "size": 10 + 3 * min(degrees.get(node, 0), 10),
            "group": data["type"],
        })
        network.node_ids.append(node)
        network.node_map[node] = network.nodes[-1]
    for source, target, key in sorted(graph.edges(keys=True)):
        network.edges.append({"from": source, "to": target, "label": key, "title": html.escape(key), "arrows": "to"})
    network.set_options(json.dumps({
        "physics": {"stabilization": {"iterations": 300}, "barnesHut": {"springLength": 120}},
        "edges": {"font": {"size": 9}, "smooth": False},
        "interaction": {"hover": True},
    }))
    page = network.generate_html(notebook=False)
    page = _REMOTE_TAG.sub("", _COMMENT.sub("", page))
    css = (resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.css").read_text(encoding="utf-8")
    legend = "".join(
        f'<span style="color:{color};margin-right:1em">&#9679; {kind}</span>' for kind, (color, _) in STYLE.items()
    )
    header = (
        f"<style>{css}</style><h3 style='font-family:sans-serif'>{html.escape(title)}</h3>"
        f"<div id='kg-legend' style='font-family:sans-serif'>{legend}"
        f" — {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges</div>"
    )
    freeze = (
        "<script>document.body.dataset.kgNodes = network.body.data.nodes.length;"
        "network.once('stabilizationIterationsDone', function(){network.setOptions({physics:false});});</script>"
    )
    page = page.replace("<body>", "<body>" + header, 1).replace("</body>", freeze + "</body>", 1)
    return page
