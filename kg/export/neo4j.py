"""Files for Neo4j: CSV for `neo4j-admin database import full`, and import.cypher for a live database.

Every node carries the label of its type and the shared label `Entity`, whose `id` is unique;
list properties use `|` between items (`--array-delimiter='|'`).
"""
from __future__ import annotations

import csv
import io

import networkx as nx

from kg.export.tables import NODE_TYPES, edge_rows, node_rows

ARRAY_DELIMITER = "|"


def _array(values: list[str]) -> str:
    return ARRAY_DELIMITER.join(value.replace(ARRAY_DELIMITER, "｜") for value in values)


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
    for kind in NODE_TYPES:
        header = ["id:ID", ":LABEL", "name", "aliases:string[]", "code", "level", "province", "role",
                  "mentions:int", "articles:string[]"]
        files[f"nodes_{kind}.csv"] = _csv(header, [
            [r["id"], f"{kind};Entity", r["name"], _array(r["aliases"]), r["code"], r["level"], r["province"],
             r["role"], r["mentions"], _array(r["articles"])] for r in nodes[kind]
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
    return f"neo4j-admin database import full --array-delimiter='{ARRAY_DELIMITER}' {node_args} {rel_args} neo4j"


def import_script(predicates: list[str]) -> str:
    """Constraints, then an idempotent LOAD CSV / MERGE of every file (files in Neo4j's import folder)."""
    lines = ["// kg graph: run with cypher-shell after copying the CSV files into Neo4j's import folder.",
             "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"]
    for kind in NODE_TYPES:
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///nodes_{kind}.csv' AS row\n"
            f"MERGE (n:Entity {{id: row.`id:ID`}}) SET n:{kind}, n.name = row.name,\n"
            f"  n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '|') END,\n"
            f"  n.code = row.code, n.level = row.level, n.province = row.province, n.role = row.role,\n"
            f"  n.mentions = toInteger(row.`mentions:int`), n.articles = split(row.`articles:string[]`, '|');"
        )
    for predicate in predicates:
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///rels_{predicate}.csv' AS row\n"
            f"MATCH (a:Entity {{id: row.`:START_ID`}}) MATCH (b:Entity {{id: row.`:END_ID`}})\n"
            f"MERGE (a)-[r:{predicate}]->(b) SET r.inferred = row.`inferred:boolean` = 'true',\n"
            f"  r.articles = split(row.`articles:string[]`, '|'), r.sentences = split(row.`sentences:string[]`, '|');"
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

