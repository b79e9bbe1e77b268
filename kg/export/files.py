"""File exports: GraphML and GEXF (attributes flattened for Gephi), RDF formats, and CSV tables."""
from __future__ import annotations

import csv
import io

import networkx as nx

from kg.export.tables import NODE_COLUMNS, edge_rows, node_rows
from kg.graph import flattened
from kg.model import RDF_SUFFIXES
from kg.rdf import write_rdf


def export_file(graph: nx.MultiDiGraph, fmt: str, base: str) -> dict[str, bytes | str]:
    """File name → content for one format (csv gives two files)."""
    if fmt == "graphml":
        out = io.BytesIO()
        nx.write_graphml(flattened(graph), out)
        return {"graph.graphml": out.getvalue()}
    if fmt == "gexf":
        out = io.BytesIO()
        nx.write_gexf(flattened(graph), out)
        return {"graph.gexf": out.getvalue()}
    if fmt == "csv":
        return _csv_tables(graph)
    out = io.StringIO()
    write_rdf(graph, {fmt: out}, base)  # the build's own writer: the same text as its files
    return {f"graph{RDF_SUFFIXES[fmt]}": out.getvalue().encode()}


def _csv_tables(graph: nx.MultiDiGraph) -> dict[str, str]:
    nodes, edges = io.StringIO(), io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(["id", "type", *NODE_COLUMNS])
    for kind, rows in node_rows(graph).items():
        for r in rows:
            writer.writerow([r["id"], kind] + ["|".join(r[c]) if isinstance(r[c], list) else r[c] for c in NODE_COLUMNS])
    writer = csv.writer(edges, lineterminator="\n")
    writer.writerow(["source", "predicate", "target", "inferred", "articles", "sentences"])
    for predicate, rows in edge_rows(graph).items():
        for r in rows:
            writer.writerow([r.start, predicate, r.end, r.inferred, "|".join(r.articles), "|".join(r.sentences)])
    return {"nodes.csv": nodes.getvalue(), "edges.csv": edges.getvalue()}
