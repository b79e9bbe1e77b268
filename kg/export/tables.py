"""The graph as rows: one table per node type and per relationship type, shared by the exports."""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.model import ENTITY_FIELDS, LIST_KINDS, TYPE_NAMES

NODE_TYPES = TYPE_NAMES
NODE_COLUMNS = tuple(f.name for f in ENTITY_FIELDS)  # the schema's public fields, in its order
LIST_COLUMNS = tuple(f.name for f in ENTITY_FIELDS if f.kind in LIST_KINDS)


@dataclass
class EdgeRow:
    start: str
    end: str
    start_type: str
    end_type: str
    inferred: bool
    articles: list[str]
    sentences: list[str]


def node_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Node type → rows with `id` and NODE_COLUMNS (lists for aliases and articles)."""
    rows: dict[str, list[dict]] = {kind: [] for kind in NODE_TYPES}
    for node, data in sorted(graph.nodes(data=True)):
        row = {"id": node}
        for column in NODE_COLUMNS:
            row[column] = list(data.get(column, [])) if column in LIST_COLUMNS else data.get(column, "")
        row["mentions"] = int(data.get("mentions", 0))
        rows[data["type"]].append(row)
    return rows


def edge_rows(graph: nx.MultiDiGraph) -> dict[str, list[EdgeRow]]:
    """Predicate → rows, with the evidence flattened into parallel lists."""
    rows: dict[str, list[EdgeRow]] = {}
    for source, target, key, data in sorted(graph.edges(keys=True, data=True)):
        evidence = data.get("evidence", [])
        rows.setdefault(key, []).append(EdgeRow(
            source, target, graph.nodes[source]["type"], graph.nodes[target]["type"], bool(data.get("inferred")),
            [e.article for e in evidence], [e.sentence for e in evidence],
        ))
    return rows
