"""Files for Neo4j: CSV for `neo4j-admin database import full`, and import.cypher for a live database.

Every node carries the label of its type and the shared label `Entity`, whose `id` is unique.
Labels and list items are separated by U+001F (the unit separator, `--array-delimiter='U+001F'`),
a character text does not hold, so that names and sentences keep every `|`, `;` and comma;
fields may span lines (`--multiline-fields=true`).
"""
from __future__ import annotations

import csv
import io

import networkx as nx

from kg.export.tables import LIST_COLUMNS, NODE_COLUMNS, NODE_TYPES, edge_rows, node_rows
from kg.model import ENTITY_FIELDS, LIST_KINDS

ARRAY_DELIMITER = "\x1f"
_CYPHER_DELIMITER = "'\\u001F'"  # the delimiter as a Cypher string literal
# The CSV header of each field of the schema, typed for neo4j-admin.
_HEADERS = {f.name: f"{f.name}:string[]" if f.kind in LIST_KINDS else f"{f.name}:int" if f.kind == "count" else f.name
            for f in ENTITY_FIELDS}


def _property(column: str) -> str:
    """The Cypher expression of a field's value in a row of LOAD CSV."""
    cell = f"row.`{_HEADERS[column]}`"
    if column in LIST_COLUMNS:
        return _split(cell)
    return f"toInteger({cell})" if _HEADERS[column].endswith(":int") else cell


def _split(cell: str) -> str:
    """The Cypher expression of the list a CSV cell holds (an empty cell: no items)."""
    return f"CASE {cell} WHEN '' THEN [] ELSE split({cell}, {_CYPHER_DELIMITER}) END"


def _array(values: list[str]) -> str:
    """List items joined by the delimiter (which a value could hold only as a stray control character)."""
    return ARRAY_DELIMITER.join(value.replace(ARRAY_DELIMITER, " ") for value in values)


def _csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def neo4j_files(graph: nx.MultiDiGraph) -> dict[str, str]:
    """File name → content of the import folder."""
    files = {}
    nodes = node_rows(graph)
    header = ["id:ID", ":LABEL", *_HEADERS.values()]
    for kind in NODE_TYPES:
        files[f"nodes_{kind}.csv"] = _csv(header, [
            [r["id"], _array([kind, "Entity"]), *(_array(r[c]) if c in LIST_COLUMNS else r[c] for c in NODE_COLUMNS)]
            for r in nodes[kind]
        ])
    edges = edge_rows(graph)
    for predicate, rows in sorted(edges.items()):
        header = [":START_ID", ":END_ID", ":TYPE", "inferred:boolean", "articles:string[]", "sentences:string[]"]
        files[f"rels_{predicate}.csv"] = _csv(header, [
            [r.start, r.end, predicate, str(r.inferred).lower(), _array(r.articles), _array(r.sentences)] for r in rows
        ])
    files["import.cypher"] = import_script(sorted(edges))
    files["README.md"] = _readme(sorted(files))
    return files


def import_admin_command(names: list[str]) -> str:
    node_args = " ".join(f"--nodes={name}" for name in names if name.startswith("nodes_"))
    rel_args = " ".join(f"--relationships={name}" for name in names if name.startswith("rels_"))
    return (f"neo4j-admin database import full --array-delimiter='U+{ord(ARRAY_DELIMITER):04X}' --multiline-fields=true "
            f"{node_args} {rel_args} neo4j")


def import_script(predicates: list[str]) -> str:
    """Constraints, then an idempotent LOAD CSV / MERGE of every file (files in Neo4j's import folder)."""
    lines = ["// kg graph: run with cypher-shell after copying the CSV files into Neo4j's import folder.",
             "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"]
    for kind in NODE_TYPES:
        properties = ",\n  ".join(f"n.{column} = {_property(column)}" for column in NODE_COLUMNS)
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///nodes_{kind}.csv' AS row\n"
            f"MERGE (n:Entity {{id: row.`id:ID`}}) SET n:{kind},\n  {properties};"
        )
    for predicate in predicates:
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///rels_{predicate}.csv' AS row\n"
            f"MATCH (a:Entity {{id: row.`:START_ID`}}) MATCH (b:Entity {{id: row.`:END_ID`}})\n"
            f"MERGE (a)-[r:{predicate}]->(b) SET r.inferred = row.`inferred:boolean` = 'true',\n"
            f"  r.articles = {_split('row.`articles:string[]`')},\n"
            f"  r.sentences = {_split('row.`sentences:string[]`')};"
        )
    return "\n".join(lines) + "\n"


def _readme(names: list[str]) -> str:
    return (
        "# kg graph for Neo4j\n\n"
        "A new database, from these CSV files (UTF-8, no BOM), with Neo4j stopped:\n\n"
        f"    {import_admin_command(names)}\n\n"
        "An existing database: copy the CSV files into Neo4j's import folder and run\n\n"
        "    cypher-shell -f import.cypher\n\n"
        "Both are idempotent in effect: the import builds a fresh database, the script MERGEs on `Entity.id`.\n"
    )

