"""An embedded LadybugDB database (the maintained successor of Kùzu) with typed tables.

One node table per entity type (primary key `id`), one relationship table per predicate
with a FROM/TO pair for each combination of types that occurs. Rows go in as query
parameters (UNWIND in batches), not through CSV, so that values reach the database exactly
as they are: commas, brackets, quotes and line breaks in names and sentences included.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.export.tables import LIST_COLUMNS, NODE_COLUMNS, NODE_TYPES, EdgeRow, edge_rows, node_rows
from kg.model import ENTITY_FIELDS

_COLUMN_TYPES = {"texts": "STRING[]", "articles": "STRING[]", "count": "INT64"}
NODE_SCHEMA = ", ".join(["id STRING PRIMARY KEY", *(f"{f.name} {_COLUMN_TYPES.get(f.kind, 'STRING')}"
                                                     for f in ENTITY_FIELDS)])


BATCH = 5_000  # rows a statement carries


def _batches(rows: list[dict]) -> Iterator[list[dict]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start: start + BATCH]


_KEPT_AS_IS = set(LIST_COLUMNS) | {f.name for f in ENTITY_FIELDS if f.kind == "count"}  # lists and INT64 counts


def _node_parameters(row: dict) -> dict:
    """A node row with each value of the type of its column (lists, INT64 counts, strings)."""
    return {"id": row["id"], **{c: row[c] if c in _KEPT_AS_IS else str(row[c]) for c in NODE_COLUMNS}}


def _edge_parameters(row: EdgeRow) -> dict:
    return {"source": row.start, "target": row.end, "inferred": row.inferred, "articles": row.articles,
            "sentences": row.sentences}


def load_ladybug(graph: nx.MultiDiGraph, path: Path) -> dict[str, int]:
    """Create the database at `path` (which must not exist yet) and load the graph; return row counts."""
    import ladybug

    if path.exists():
        raise KgError(f"{path}: already exists; choose a new path (the load builds a fresh database)")
    nodes, edges = node_rows(graph), edge_rows(graph)
    counts: dict[str, int] = {}
    properties = ", ".join(f"{c}: row.{c}" for c in NODE_COLUMNS)
    try:
        connection = ladybug.Connection(ladybug.Database(str(path)))
        for kind in NODE_TYPES:
            connection.execute(f"CREATE NODE TABLE {kind}({NODE_SCHEMA})")
            for batch in _batches([_node_parameters(r) for r in nodes[kind]]):
                connection.execute(f"UNWIND $rows AS row CREATE (:{kind} {{id: row.id, {properties}}})",
                                   {"rows": batch})
            counts[kind] = len(nodes[kind])
        for predicate, rows in sorted(edges.items()):
            pairs = sorted({(r.start_type, r.end_type) for r in rows})
            ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
            connection.execute(f"CREATE REL TABLE {predicate}({ends}, inferred BOOLEAN, articles STRING[], "
                               "sentences STRING[])")
            for start_type, end_type in pairs:
                pair_rows = [_edge_parameters(r) for r in rows if (r.start_type, r.end_type) == (start_type, end_type)]
                for batch in _batches(pair_rows):
                    connection.execute(
                        f"UNWIND $rows AS row MATCH (a:{start_type} {{id: row.source}}), "
                        f"(b:{end_type} {{id: row.target}}) "
                        f"CREATE (a)-[:{predicate} {{inferred: row.inferred, articles: row.articles, "
                        "sentences: row.sentences}]->(b)", {"rows": batch})
            counts[predicate] = len(rows)
    except RuntimeError as err:
        raise KgError(f"{path}: LadybugDB rejected the load: {str(err).splitlines()[0]}") from None
    return counts
