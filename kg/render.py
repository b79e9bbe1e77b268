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
import numpy as np
from jinja2 import DictLoader, Environment
from pyvis.network import Network

from kg.errors import KgError
from kg.model import ENTITY_FIELDS
from kg.rdf import graph_base, node_iri

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
HUBS = 60  # nodes ForceAtlas2 lays out in a precomputed layout
EVIDENCE_PER_FACT = 5
# The schema's fields a node's panel gets beside its name and aliases (its articles come with the evidence).
PAGE_FIELDS = tuple(f for f in ENTITY_FIELDS if f.name not in ("name", "aliases", "articles"))
# What the page draws unless a node is focused or labelled; its script restyles from the same values.
DRAWING = {"edge": "#a9b0b7", "font": "#222222", "readable": 11}  # colours; label pixels on screen
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
        nodes = set(_best_connected(graph, nodes)[:max_nodes])
        notes.append(f"the {max_nodes} best-connected of {len(graph)} nodes")
    return graph.subgraph(nodes).copy(), "; ".join(notes)


def _best_connected(graph: nx.MultiDiGraph, nodes, degrees: dict | None = None) -> list:
    """`nodes` ranked by their degree in `graph`, most first (ties by id, so the order is stable)."""
    degree = degrees if degrees is not None else dict(graph.degree(nodes))
    return sorted(nodes, key=lambda n: (-degree[n], n))


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
        for other in simple[node]:
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


def _separate(centres: np.ndarray, radius: np.ndarray, rounds: int = 100) -> np.ndarray:
    """The centres of the hubs' discs pushed apart until the discs no longer overlap."""
    centres = centres.copy()
    for _ in range(rounds):
        apart = centres[None, :, :] - centres[:, None, :]
        distance = np.maximum(np.linalg.norm(apart, axis=2), 1e-6)
        gap = radius[:, None] + radius[None, :] + 1.0 - distance
        np.fill_diagonal(gap, 0.0)
        gap = np.maximum(gap, 0.0)
        if not gap.any():
            break
        centres -= (apart / distance[:, :, None] * gap[:, :, None] / 2).sum(axis=1)
    return centres


def forceatlas2_positions(graph: nx.MultiDiGraph, hubs: int = HUBS) -> dict[str, tuple[float, float]]:
    """A precomputed layout in pixels for every node with an edge (isolated nodes are placed by the page).

    networkx's ForceAtlas2 lays out the `hubs` best-connected nodes, each weighted by the part
    of the graph nearest to it; that part is drawn as a radial tree around its hub. Components
    that reach no hub are drawn the same way around their best-connected node, in rows below."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from((a, b) for a, b in graph.edges() if a != b)
    degree = dict(simple.degree())
    ranked = _best_connected(simple, [n for n in simple if degree[n]], degree)
    top = ranked[:hubs]
    rank = {node: index for index, node in enumerate(ranked)}
    outliers = sorted(min(component, key=rank.__getitem__) for component in nx.connected_components(simple)
                      if len(component) > 1 and not any(rank[n] < hubs for n in component))
    offsets, root_of, extent = _radial_trees(simple, top + outliers)
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
    placed = _separate(np.array(coords).reshape(-1, 2) / span * spread, np.array([extent[h] for h in top]))
    centres = {h: [float(x), float(y)] for h, (x, y) in zip(top, placed)}
    bottom = max((y + extent[h] for h, (_, y) in centres.items()), default=0.0) + 2.0
    left = min((x - extent[h] for h, (x, _) in centres.items()), default=0.0)
    right = max((x + extent[h] for h, (x, _) in centres.items()), default=0.0)
    width = max(right - left, 20.0)
    x, row_height = left, 0.0
    for root in outliers:  # rows of the small components
        size = 2 * extent[root] + 1.0
        if x + size > left + width:
            x, bottom, row_height = left, bottom + row_height, 0.0
        centres[root] = [x + size / 2, bottom + size / 2]
        x, row_height = x + size, max(row_height, size)
    return {node: ((centres[root_of[node]][0] + dx) * UNIT, (centres[root_of[node]][1] + dy) * UNIT)
            for node, (dx, dy) in offsets.items()}


def _provinces(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The provinces a node belongs to: a region's own; what a node is located in; else its neighbours'."""
    province = {node: data.get("province") for node, data in graph.nodes(data=True)}
    own = {node: {name} if name else set() for node, name in province.items()}
    for source, target, key in graph.edges(keys=True):
        if key in ("locatedIn", "partOf") and province[target]:
            own[source].add(province[target])
    found = {}
    for node, names in own.items():
        if not names:
            names = set().union(*(own[other] for other in (*graph.succ[node], *graph.pred[node])))
        found[node] = sorted(names)
    return found


def _chains(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """For each region, the names of the divisions above it, highest first."""
    chains: dict[str, list[str]] = {}

    def chain(node: str, seen: frozenset) -> list[str]:
        if node not in chains:
            parents = sorted(t for t, keys in graph.succ[node].items() if "partOf" in keys and t not in seen)
            chains[node] = [*chain(parents[0], seen | {node}), graph.nodes[parents[0]]["name"]] if parents else []
        return chains[node]

    for node, data in graph.nodes(data=True):
        if data["type"] == "Region":
            chain(node, frozenset())
    return chains


def _page_data(graph: nx.MultiDiGraph, shown: set[str], degrees: dict[str, int], base_iri: str) -> dict:
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

    provinces, chains = _provinces(graph), _chains(graph)
    dated = {article_id: info["date"] for article_id, info in infos.items() if info.get("date")}
    nodes = {}
    for node, data in graph.nodes(data=True):
        entry = {"name": data["name"], "type": data["type"], "aliases": list(data.get("aliases", [])),
                 "provinces": provinces[node],
                 "dates": sorted({dated[a] for a in data.get("articles", []) if a in dated})}
        entry.update({f.name: data[f.name] for f in PAGE_FIELDS if data.get(f.name)})
        if node in chains:
            entry["chain"] = chains[node]
        if degrees[node] == 0:
            entry["isolated"] = 1
        if node not in shown:
            entry["held"] = 1
        nodes[node] = entry
    edges = []
    for source, target, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        evidence = data.get("evidence", [])
        edges.append({"s": source, "t": target, "p": key, "inferred": bool(data.get("inferred")),
                      "ev": [[e.sentence, article(e.article), e.rule]
                             for e in evidence[:EVIDENCE_PER_FACT]],
                      "more": max(len(evidence) - EVIDENCE_PER_FACT, 0)})
    kinds = {node.partition(":")[0] for node in graph}
    return {"nodes": nodes, "edges": edges, "articles": articles, "drawing": DRAWING,
            "namespaces": {kind: node_iri(base_iri, f"{kind}:") for kind in sorted(kinds)},
            "types": {kind: list(style) for kind, style in STYLE.items()},
            "provinces": sorted({p for found in provinces.values() for p in found})}


def render_html(graph: nx.MultiDiGraph, title: str = "kg", note: str = "", shown: int = SHOWN_NODES,
                base_iri: str | None = None) -> str:
    """The explorer as one self-contained HTML string.

    Above `shown` nodes, the best-connected are shown first and the rest come in on expanding.
    `base_iri` (else the graph's own, else the default) names the nodes in the SPARQL the panel gives."""
    degrees = dict(graph.degree())
    first = set(_best_connected(graph, graph, degrees)[:shown])
    if len(graph) > shown:
        note = "; ".join(filter(None, [note, f"the {shown:,} best-connected of {len(graph):,} nodes first — "
                                             f"focus or expand a node to bring in its neighbours"]))
    precomputed = len(graph) > LAYOUT_THRESHOLD
    positions = forceatlas2_positions(graph) if precomputed else {}
    network = Network(directed=True, cdn_resources="in_line")
    most = math.log2(2 + max(degrees.values(), default=0))
    for node, data in sorted(graph.nodes(data=True)):
        weight = (math.log2(2 + degrees[node]) - 1) / max(most - 1, 1e-9)  # 0 to 1
        entry = {"id": node, "label": data["name"], "group": data["type"] if data["type"] in STYLE else "other",
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
    environment.policies["json.dumps_kwargs"] = {"ensure_ascii": False}  # tojson escapes <, >, & and ' still
    base = graph_base(graph, base_iri)
    environment.globals.update(
        title=title, note=note, data=_page_data(graph, first, degrees, base),
        vis_js=(resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.css").read_text(encoding="utf-8"),
        page_js=(_ASSETS / "explorer.js").read_text(encoding="utf-8"),
        page_css=(_ASSETS / "explorer.css").read_text(encoding="utf-8"),
    )
    network.templateEnv, network.path = environment, "page.html"
    return network.generate_html()


def _vis_options(precomputed: bool, size: int) -> dict:
    """vis-network options: a group per type (shape and colour), labels drawn when readable, edges plain."""
    physics = {"enabled": False} if precomputed else {
        "enabled": True, "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 90, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 100, "fit": True},
    }
    return {
        "physics": physics,
        "layout": {"randomSeed": 7, "improvedLayout": size <= 200},
        "groups": {kind: {"color": color, "shape": shape}
                   for kind, (color, shape) in {**STYLE, "other": OTHER_STYLE}.items()},
        "nodes": {"borderWidth": 1,
                  "font": {"face": "sans-serif", "color": DRAWING["font"], "strokeWidth": 3, "strokeColor": "#ffffff"},
                  # vis-network skips a label smaller on screen than its drawThreshold less one pixel
                  "scaling": {"label": {"enabled": False, "maxVisible": 26, "drawThreshold": DRAWING["readable"] + 1}}},
        "edges": {"smooth": False, "width": 1,
                  "color": {"color": DRAWING["edge"], "highlight": "#333333", "hover": "#333333"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
                  "font": {"size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "interaction": {"hover": True, "tooltipDelay": 300, "hideEdgesOnDrag": size > LAYOUT_THRESHOLD,
                        "keyboard": False, "multiselect": False},
    }
