"""An embedded LadybugDB database (the maintained successor of Kùzu) with typed tables.

One node table per entity type (primary key `id`), one relationship table per predicate
with a FROM/TO pair for each combination of types that occurs, loaded with COPY FROM
from CSV files written to a temporary folder.
"""
from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.export.tables import LIST_COLUMNS, NODE_COLUMNS, NODE_TYPES, edge_rows, node_rows
from kg.model import ENTITY_FIELDS

_COLUMN_TYPES = {"texts": "STRING[]", "articles": "STRING[]", "count": "INT64"}
NODE_SCHEMA = ", ".join(["id STRING PRIMARY KEY", *(f"{f.name} {_COLUMN_TYPES.get(f.kind, 'STRING')}"
                                                     for f in ENTITY_FIELDS)])


def _list(values: list[str]) -> str:
    # LadybugDB's CSV list syntax: [a,b]; commas and brackets inside items are replaced.
    return "[" + ",".join(v.replace(",", "，").replace("[", "［").replace("]", "］") for v in values) + "]"


def load_ladybug(graph: nx.MultiDiGraph, path: Path) -> dict[str, int]:
    """Create the database at `path` (which must not exist yet) and load the graph; return row counts."""
    import ladybug

    if path.exists():
        raise KgError(f"{path}: already exists; choose a new path (the load builds a fresh database)")
    nodes, edges = node_rows(graph), edge_rows(graph)
    counts: dict[str, int] = {}
    try:
        database = ladybug.Database(str(path))
        connection = ladybug.Connection(database)
        with tempfile.TemporaryDirectory() as scratch:
            for kind in NODE_TYPES:
                connection.execute(f"CREATE NODE TABLE {kind}({NODE_SCHEMA})")
                file = Path(scratch) / f"{kind}.csv"
                with file.open("w", encoding="utf-8", newline="") as out:
                    writer = csv.writer(out)
                    writer.writerow(["id", *NODE_COLUMNS])
                    for r in nodes[kind]:
                        writer.writerow([r["id"], *(_list(r[c]) if c in LIST_COLUMNS else r[c] for c in NODE_COLUMNS)])
                if nodes[kind]:
                    connection.execute(f'COPY {kind} FROM "{file}" (header=true)')
                counts[kind] = len(nodes[kind])
            for predicate, rows in sorted(edges.items()):
                pairs = sorted({(r.start_type, r.end_type) for r in rows})
                ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
                connection.execute(f"CREATE REL TABLE {predicate}({ends}, inferred BOOLEAN, articles STRING[], "
                                   "sentences STRING[])")
                for start_type, end_type in pairs:
                    file = Path(scratch) / f"{predicate}_{start_type}_{end_type}.csv"
                    with file.open("w", encoding="utf-8", newline="") as out:
                        writer = csv.writer(out)
                        writer.writerow(["from", "to", "inferred", "articles", "sentences"])
                        for r in rows:
                            if (r.start_type, r.end_type) == (start_type, end_type):
                                writer.writerow([r.start, r.end, str(r.inferred).lower(), _list(r.articles),
                                                 _list(r.sentences)])
                    option = f', from="{start_type}", to="{end_type}"' if len(pairs) > 1 else ""
                    connection.execute(f'COPY {predicate} FROM "{file}" (header=true{option})')
                counts[predicate] = len(rows)
    except RuntimeError as err:
        raise KgError(f"{path}: LadybugDB rejected the load: {str(err).splitlines()[0]}") from None
    return counts
