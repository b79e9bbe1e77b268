"""The merged knowledge graph: one node per real-world thing, across articles and files.

Nodes are keyed by the deterministic entity id (regions by code, local federations by
their region's code, anything else by its normalised name). Aliases and mention counts
accumulate; every edge keeps the evidence (article, sentence, source offsets) it rests on.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import networkx as nx

from kg.model import ATTRIBUTE_FIELDS, ENTITY_FIELDS, LIST_KINDS, TYPE_NAMES, Extraction

NODE_LIST_ATTRIBUTES = tuple(f.name for f in ENTITY_FIELDS if f.kind in LIST_KINDS)
# What a node keeps of an entity's attributes, by type: the public ones of the schema.
NODE_ATTRIBUTES = {kind: frozenset(f.name for f in ATTRIBUTE_FIELDS if kind in f.types) for kind in TYPE_NAMES}


class GraphBuilder:
    """The merge, one extraction at a time: it keeps compact node and edge records (evidence
    sentences and article ids stored once) and makes the graph at the end, nodes before edges, since a
    relation may point into an article added later."""

    def __init__(self) -> None:
        self.articles: dict[str, dict[str, str]] = {}
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}
        self.strings: dict[str, str] = {}  # one copy of each sentence and article id

    def add(self, extraction: Extraction) -> None:
        article = extraction.article
        article_id = self._shared(article.id)
        self.articles[article_id] = {"doc": article.doc, "title": article.title, "date": article.date,
                                     "url": article.url}
        for entity in extraction.entities.values():
            node = self.nodes.get(entity.id)
            if node is None:
                node = self.nodes[entity.id] = {"type": entity.type, "name": entity.name, "aliases": set(),
                                                "mentions": 0, "articles": set()}
            if len(entity.name) > len(node["name"]):
                node["name"] = entity.name
            node["aliases"] |= entity.aliases
            node["mentions"] += entity.mentions
            node["articles"].add(article_id)
            public = NODE_ATTRIBUTES[entity.type]
            for key, value in entity.attributes.items():
                if key in public:
                    node.setdefault(key, value)
        for relation in extraction.relations:
            key = (relation.subject, relation.object, relation.predicate)
            edge = self.edges.get(key)
            if edge is None:
                edge = self.edges[key] = {"predicate": relation.predicate, "inferred": relation.inferred,
                                          "evidence": set()}
            edge["inferred"] = edge["inferred"] and relation.inferred
            if relation.evidence is not None:
                evidence = relation.evidence
                sentence, source = self._shared(evidence.sentence), self._shared(evidence.article)
                if sentence is not evidence.sentence or source is not evidence.article:
                    evidence = replace(evidence, sentence=sentence, article=source)
                edge["evidence"].add(evidence)

    def _shared(self, text: str) -> str:
        return self.strings.setdefault(text, text)

    def graph(self) -> nx.MultiDiGraph:
        """The merged graph; the builder is spent."""
        graph = nx.MultiDiGraph()
        graph.graph["articles"] = self.articles
        for node_id, node in self.nodes.items():
            node["aliases"].discard(node["name"])  # aliases are the other forms (skos:altLabel)
            for key in NODE_LIST_ATTRIBUTES:
                node[key] = sorted(node[key])
            graph.add_node(node_id, **node)
        for (source, target, predicate), edge in self.edges.items():
            edge["evidence"] = sorted(edge["evidence"], key=lambda e: e.order)
            graph.add_edge(source, target, key=predicate, **edge)
        self.nodes, self.edges, self.strings, self.articles = {}, {}, {}, {}
        return graph


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """Merge extractions into a MultiDiGraph; edges are keyed by predicate."""
    builder = GraphBuilder()
    for extraction in extractions:
        builder.add(extraction)
    return builder.graph()


def merge_graphs(*graphs: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Merge graphs built from separate shards into the graph of their union."""
    merged = nx.MultiDiGraph()
    merged.graph["articles"] = {}
    for graph in graphs:
        merged.graph["articles"].update(graph.graph.get("articles", {}))
        for node, data in graph.nodes(data=True):
            if node not in merged:
                merged.add_node(node, **{k: (list(v) if isinstance(v, list) else v) for k, v in data.items()})
                continue
            known = merged.nodes[node]
            if len(data["name"]) > len(known["name"]):
                known["name"] = data["name"]
            known["mentions"] += data["mentions"]
            for key in NODE_LIST_ATTRIBUTES:
                known[key] = sorted(set(known[key]) | set(data[key]) | ({data["name"]} if key == "aliases" else set()))
            known["aliases"] = [alias for alias in known["aliases"] if alias != known["name"]]
            for key, value in data.items():
                known.setdefault(key, value)
        for source, target, key, data in graph.edges(keys=True, data=True):
            if not merged.has_edge(source, target, key=key):
                merged.add_edge(source, target, key=key, predicate=data["predicate"], inferred=data["inferred"],
                                evidence=list(data["evidence"]))
                continue
            edge = merged.edges[source, target, key]
            edge["inferred"] = edge["inferred"] and data["inferred"]
            edge["evidence"] = sorted(set(edge["evidence"]) | set(data["evidence"]), key=lambda e: e.order)
    return merged


def flattened(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are plain strings, numbers and booleans, as GraphML and GEXF need."""
    flat = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        flat.add_node(node, **{k: "|".join(v) if isinstance(v, list) else v for k, v in data.items()})
    for source, target, key, data in sorted(graph.edges(keys=True, data=True)):
        evidence = data.get("evidence", [])
        flat.add_edge(source, target, key=key, predicate=data["predicate"], inferred=data["inferred"],
                      articles="|".join(e.article for e in evidence),
                      sentences="|".join(e.sentence for e in evidence))
    return flat
