"""The interactive HTML explorer of the graph (pyvis / vis-network), working offline.

pyvis holds the nodes, edges and options and renders the page from the template in
`kg/explorer/`, with the vis-network code shipped inside pyvis in-lined, so opening the page
makes no network request. Node and edge data reach the page as JSON escaped for a script
context and are shown with textContent, so no markup from an article can run.

Up to LAYOUT_THRESHOLD nodes, vis-network's ForceAtlas2 solver settles the layout before the
first paint and is then switched off. Above it, the layout is precomputed here: networkx's
ForceAtlas2 over the graph coarsened to its best-connected nodes, every other node on the
rings of a radial tree around its nearest hub. Above SHOWN_NODES, the page first shows the
best-connected nodes and says so; focusing or expanding a node brings in its neighbours.
"""
from __future__ import annotations

import math
from collections import defaultdict, deque
from importlib import resources

import networkx as nx
from jinja2 import DictLoader, Environment
from pyvis.network import Network

from kg.errors import KgError
from kg.model import ENTITY_FIELDS
from kg.rdf import DEFAULT_BASE, node_iri

# Okabe–Ito colours, which colour-blind readers can tell apart; the shapes are a second cue.
STYLE = {
    "UnionBody": ("#D55E00", "dot"),
    "Program": ("#0072B2", "diamond"),
    "Region": ("#009E73", "square"),
    "Organization": ("#E69F00", "triangle"),
    "Person": ("#CC79A7", "star"),
}
OTHER_STYLE = ("#999999", "dot")
PAGE_NODES = 20_000  # the most a page carries
SHOWN_NODES = 5000  # the most it shows before the reader expands
LAYOUT_THRESHOLD = 1000
HUBS = 100  # nodes ForceAtlas2 lays out in a precomputed layout
EVIDENCE_PER_FACT = 5
# The schema's fields a node's panel gets beside its name and aliases (its articles come with the evidence).
PAGE_FIELDS = tuple(f for f in ENTITY_FIELDS if f.name not in ("name", "aliases", "articles"))
# sizes in pixels at scale 1 of the least and the best-connected nodes and of their labels, by log degree
NODE_SIZES = (8.0, 30.0)
LABEL_SIZES = (11.0, 26.0)
UNIT = 60.0  # pixels between the rings of a precomputed layout
_ASSETS = resources.files("kg") / "explorer"


def select_subgraph(graph: nx.MultiDiGraph, focus: str | None = None, depth: int = 1,
                    types: set[str] | None = None, max_nodes: int = PAGE_NODES) -> tuple[nx.MultiDiGraph, str]:
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


def _radial_trees(simple: nx.Graph, roots: list[str]) -> tuple[dict[str, tuple[float, float]], dict[str, str],
                                                                   dict[str, float]]:
    """Every node reachable from the roots, on the rings of a radial tree around its nearest root.

    Returns positions relative to the root, each node's root, and each root's radius."""
    root_of = {root: root for root in roots}
    children: dict[str, list[str]] = defaultdict(list)
    depth = dict.fromkeys(roots, 0)
    order = list(roots)
    queue = deque(roots)
    while queue:
        node = queue.popleft()
        for other in sorted(simple[node]):
            if other not in root_of:
                root_of[other], depth[other] = root_of[node], depth[node] + 1
                children[node].append(other)
                order.append(other)
                queue.append(other)
    weight = dict.fromkeys(order, 1)
    for node in reversed(order):
        for child in children[node]:
            weight[node] += weight[child]
    per_ring: dict[tuple[str, int], int] = defaultdict(int)
    for node in order:
        per_ring[root_of[node], depth[node]] += 1
    ring_radius: dict[tuple[str, int], float] = {}
    for (root, level), count in sorted(per_ring.items(), key=lambda item: item[0][1]):
        inner = ring_radius.get((root, level - 1), 0.0)
        ring_radius[root, level] = 0.0 if level == 0 else max(inner + 1.0, count / (2 * math.pi))
    sector = {root: (0.0, 2 * math.pi) for root in roots}
    offsets = {}
    for node in order:
        start, end = sector[node]
        radius = ring_radius[root_of[node], depth[node]]
        angle = (start + end) / 2
        offsets[node] = (radius * math.cos(angle), radius * math.sin(angle))
        span = (end - start) / max(weight[node] - 1, 1)
        for child in children[node]:
            sector[child] = (start, start + span * weight[child])
            start += span * weight[child]
    extent = defaultdict(float)
    for (root, _), radius in ring_radius.items():
        extent[root] = max(extent[root], radius)
    return offsets, root_of, extent


def _separate(centres: dict[str, list[float]], radius: dict[str, float], rounds: int = 60) -> None:
    """Push apart the discs of the hubs' trees until they no longer overlap (in place)."""
    names = list(centres)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                dx, dy = centres[b][0] - centres[a][0], centres[b][1] - centres[a][1]
                gap = radius[a] + radius[b] + 1.0 - math.hypot(dx, dy)
                if gap > 0:
                    distance = math.hypot(dx, dy) or 1.0
                    push = gap / 2 / distance
                    centres[a][0] -= dx * push
                    centres[a][1] -= dy * push
                    centres[b][0] += dx * push
                    centres[b][1] += dy * push
                    moved = True
        if not moved:
            return


def forceatlas2_positions(graph: nx.MultiDiGraph, hubs: int = HUBS) -> dict[str, tuple[float, float]]:
    """A precomputed layout in pixels for every node with an edge (isolated nodes are placed by the page).

    networkx's ForceAtlas2 lays out the `hubs` best-connected nodes, each weighted by the part
    of the graph nearest to it; that part is drawn as a radial tree around its hub. Components
    that reach no hub are drawn the same way around their best-connected node, in rows below."""
    simple = nx.Graph(graph)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    ranked = sorted((n for n in simple if simple.degree(n)), key=lambda n: (-simple.degree(n), n))
    top = ranked[:hubs]
    offsets, root_of, extent = _radial_trees(simple, top)
    outliers = []
    for node in ranked:
        if node not in root_of:
            more, roots, radii = _radial_trees(simple.subgraph(nx.node_connected_component(simple, node)), [node])
            offsets.update(more)
            root_of.update(roots)
            extent.update(radii)
            outliers.append(node)
    coarse = nx.Graph()
    coarse.add_nodes_from(top)
    for a, b in simple.edges():
        if root_of.get(a) in coarse and root_of[a] != root_of[b]:
            weight = coarse.get_edge_data(root_of[a], root_of[b], {"weight": 0})["weight"]
            coarse.add_edge(root_of[a], root_of[b], weight=weight + 1)
    layout = nx.forceatlas2_layout(coarse, weight="weight", seed=1, max_iter=100) if len(coarse) > 1 else {}
    spread = math.sqrt(sum((extent[h] + 1) ** 2 for h in top)) * 2
    coords = [tuple(map(float, layout.get(h, (0.0, 0.0)))) for h in top]
    span = max((max(abs(x), abs(y)) for x, y in coords), default=0.0) or 1.0
    centres = {h: [x / span * spread, y / span * spread] for h, (x, y) in zip(top, coords)}
    _separate(centres, extent)
    bottom = max((y + extent[h] for h, (_, y) in centres.items()), default=0.0) + 2.0
    left = min((x - extent[h] for h, (x, _) in centres.items()), default=0.0)
    right = max((x + extent[h] for h, (x, _) in centres.items()), default=0.0)
    width = max(right - left, 20.0)
    x, row_height = left, 0.0
    for root in outliers:  # shelves of small components, largest first
        size = 2 * extent[root] + 1.0
        if x + size > left + width:
            x, bottom, row_height = left, bottom + row_height, 0.0
        centres[root] = [x + size / 2, bottom + size / 2]
        x, row_height = x + size, max(row_height, size)
    return {node: ((centres[root_of[node]][0] + dx) * UNIT, (centres[root_of[node]][1] + dy) * UNIT)
            for node, (dx, dy) in offsets.items()}


def _provinces(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The provinces a node belongs to: a region's own; what a node is located in; else its neighbours'."""
    own = {n: {d["province"]} if d.get("province") else set() for n, d in graph.nodes(data=True)}
    for source, target, key in graph.edges(keys=True):
        if key in ("locatedIn", "partOf"):
            own[source] |= own[target] if graph.nodes[target].get("province") else set()
    found = {}
    for node, provinces in own.items():
        if not provinces:
            provinces = set().union(*(own[other] for other in nx.all_neighbors(graph, node)))
        found[node] = sorted(provinces)
    return found


def _chain(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """The names of the divisions above a region, highest first."""
    names, seen = [], {node}
    while True:
        parents = sorted(t for _, t, k in graph.out_edges(node, keys=True) if k == "partOf" and t not in seen)
        if not parents:
            return names[::-1]
        node = parents[0]
        seen.add(node)
        names.append(graph.nodes[node]["name"])


def _page_data(graph: nx.MultiDiGraph, shown: set[str], base_iri: str) -> dict:
    """What the page's script needs beside the drawing: names, facts with their evidence, filters."""
    infos = graph.graph.get("articles", {})
    article_index: dict[str, int] = {}
    articles = []

    def article(article_id: str) -> int:
        if article_id not in article_index:
            info = infos.get(article_id, {})
            article_index[article_id] = len(articles)
            articles.append([info.get("title", ""), info.get("date", ""), info.get("url", ""),
                             info.get("doc", "") or article_id])
        return article_index[article_id]

    provinces = _provinces(graph)
    nodes = {}
    for node, data in graph.nodes(data=True):
        entry = {"name": data["name"], "type": data["type"], "aliases": list(data.get("aliases", [])),
                 "iri": node_iri(base_iri, node), "provinces": provinces[node],
                 "dates": sorted({infos[a]["date"] for a in data.get("articles", []) if infos.get(a, {}).get("date")})}
        entry.update({f.name: data[f.name] for f in PAGE_FIELDS if data.get(f.name)})
        if data["type"] == "Region":
            entry["chain"] = _chain(graph, node)
        if graph.degree(node) == 0:
            entry["isolated"] = 1
        if node not in shown:
            entry["held"] = 1
        nodes[node] = entry
    edges = []
    for source, target, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        evidence = data.get("evidence", [])
        edges.append({"s": source, "t": target, "p": key, "inferred": bool(data.get("inferred")),
                      "ev": [[e.sentence, article(e.article), getattr(e, "rule", "")]
                             for e in evidence[:EVIDENCE_PER_FACT]],
                      "more": max(len(evidence) - EVIDENCE_PER_FACT, 0)})
    return {"nodes": nodes, "edges": edges, "articles": articles,
            "types": {kind: list(style) for kind, style in STYLE.items()},
            "provinces": sorted({p for found in provinces.values() for p in found})}


def render_html(graph: nx.MultiDiGraph, title: str = "kg", note: str = "", shown: int = SHOWN_NODES,
                base_iri: str | None = None) -> str:
    """The explorer as one self-contained HTML string.

    Above `shown` nodes, the best-connected are shown first and the rest come in on expanding.
    `base_iri` (else the graph's own, else the default) names the nodes in the SPARQL the panel gives."""
    degrees = dict(graph.degree())
    ranked = sorted(graph, key=lambda n: (-degrees[n], n))
    first = set(ranked[:shown])
    if len(graph) > shown:
        note = "; ".join(filter(None, [note, f"the {shown:,} best-connected of {len(graph):,} nodes first — "
                                             f"focus or expand a node to bring in its neighbours"]))
    precomputed = len(graph) > LAYOUT_THRESHOLD
    positions = forceatlas2_positions(graph) if precomputed else {}
    network = Network(directed=True, cdn_resources="in_line")
    most = math.log2(2 + max(degrees.values(), default=0))
    for node, data in sorted(graph.nodes(data=True)):
        color, shape = STYLE.get(data["type"], OTHER_STYLE)
        weight = (math.log2(2 + degrees[node]) - 1) / max(most - 1, 1e-9)  # 0 to 1
        entry = {"id": node, "label": data["name"], "shape": shape, "color": color,
                 "size": round(NODE_SIZES[0] + (NODE_SIZES[1] - NODE_SIZES[0]) * weight, 1),
                 "font": {"size": round(LABEL_SIZES[0] + (LABEL_SIZES[1] - LABEL_SIZES[0]) * weight, 1)},
                 "title": f"{data['name']} ({data['type']})",
                 "hidden": node not in first or degrees[node] == 0}
        if node in positions:
            entry.update(x=round(positions[node][0], 1), y=round(positions[node][1], 1))
        elif degrees[node] == 0:
            entry["physics"] = False
        network.nodes.append(entry)
    for number, (source, target, key) in enumerate(sorted(graph.edges(keys=True))):
        network.edges.append({"id": number, "from": source, "to": target, "predicate": key,
                              "hidden": source not in first or target not in first})
    network.options = _vis_options(precomputed, len(graph))
    environment = Environment(loader=DictLoader({"page.html": (_ASSETS / "page.html").read_text(encoding="utf-8")}),
                              autoescape=True)
    environment.globals.update(
        title=title, note=note, data=_page_data(graph, first, base_iri or graph.graph.get("base") or DEFAULT_BASE),
        vis_js=(resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.css").read_text(encoding="utf-8"),
        page_js=(_ASSETS / "explorer.js").read_text(encoding="utf-8"),
        page_css=(_ASSETS / "explorer.css").read_text(encoding="utf-8"),
    )
    network.templateEnv, network.path = environment, "page.html"
    return network.generate_html()


def _vis_options(precomputed: bool, size: int) -> dict:
    """vis-network options: nodes sized by degree, edges plain."""
    physics = {"enabled": False} if precomputed else {
        "enabled": True, "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 90, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 100, "fit": True},
    }
    return {
        "physics": physics,
        "layout": {"randomSeed": 7, "improvedLayout": size <= 200},
        "nodes": {"borderWidth": 1, "font": {"face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"maxVisible": 26}}},
        "edges": {"smooth": False, "width": 1, "color": {"color": "#a9b0b7", "highlight": "#333333", "hover": "#333333"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
                  "font": {"size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "interaction": {"hover": True, "tooltipDelay": 300, "hideEdgesOnDrag": size > LAYOUT_THRESHOLD,
                        "keyboard": False, "multiselect": False},
    }
