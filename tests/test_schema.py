"""Every public field of every entity type (kg.model.ENTITY_FIELDS) survives every exporter."""
import csv
import io
import json
import re

import networkx as nx
import pytest

from kg.export import FILE_FORMATS
from kg.export.cypher import cypher_batches
from kg.export.files import export_file
from kg.export.ladybug import load_ladybug
from kg.export.neo4j import ARRAY_DELIMITER, neo4j_files
from kg.model import ENTITY_FIELDS, TYPE_NAMES, Evidence
from kg.rdf import from_rdf, to_dataset, write_rdf
from kg.render import render_html
from kg.validate import load_rdf

BASE = "http://example.org/kg/"
RDF_SUFFIXES = {"jsonld": "jsonld", "nquads": "nq", "trig": "trig", "ntriples": "nt", "turtle": "ttl"}


def _value(field, kind: str):
    """A value for the field, different for every type, with characters that need escaping."""
    if field.kind in ("texts", "articles"):
        return sorted([f"{kind}·{field.name}·一", f'{kind} "{field.name}" 二'])  # lists in a graph are sorted
    if field.kind == "count":
        return 7
    if field.kind == "year":
        return "2019"
    return f'{kind}的{field.name}, "引号" | 竖线'


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    """One node of each type with every field of its type, an edge between each pair in a ring."""
    graph = nx.MultiDiGraph(base=BASE)
    articles = {a for kind in TYPE_NAMES for a in _value(ENTITY_FIELDS[-1], kind)}
    graph.graph["articles"] = {a: {"doc": "page.txt", "title": "标题", "date": "2024-05-01", "url": ""}
                               for a in sorted(articles)}
    for kind in TYPE_NAMES:
        graph.add_node(f"{kind.lower()}:{kind}", type=kind,
                       **{f.name: _value(f, kind) for f in ENTITY_FIELDS if kind in f.types})
    nodes = list(graph)
    for source, target in zip(nodes, nodes[1:] + nodes[:1]):
        article = graph.nodes[source]["articles"][0]
        graph.add_edge(source, target, key="partOf", predicate="partOf", inferred=False,
                       evidence=[Evidence(article, "一句话。", 3, 7, "relations.rule")])
    return graph


def expected(graph: nx.MultiDiGraph, fields=ENTITY_FIELDS) -> dict[str, dict]:
    return {node: {f.name: data[f.name] for f in fields if f.name in data} for node, data in graph.nodes(data=True)}


def _as_text(value) -> str:
    return "|".join(value) if isinstance(value, list) else str(value)


def _flat(table: dict[str, dict]) -> dict[str, dict]:
    return {node: {key: _as_text(value) for key, value in row.items()} for node, row in table.items()}


def test_every_type_has_a_field_beyond_the_common_ones():
    assert {kind for f in ENTITY_FIELDS if f.types != TYPE_NAMES for kind in f.types} >= {"Region", "Person"}
    assert "until" in {f.name for f in ENTITY_FIELDS}


def read_back(tmp_path, name: str, content: str | bytes) -> nx.MultiDiGraph:
    """The graph a file describes, read as `kg export` and `kg render` read it (no base IRI given)."""
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return from_rdf(load_rdf(path))


@pytest.mark.parametrize("fmt", sorted(RDF_SUFFIXES))
def test_rdf_exports(graph, fmt, tmp_path):
    (name, content), = export_file(graph, fmt, BASE).items()
    back = read_back(tmp_path, name, content)
    assert back.graph["base"] == BASE
    assert expected(back) == expected(graph)


def test_the_build_writers_and_the_rdflib_view(graph, tmp_path):
    outputs = {fmt: io.StringIO() for fmt in RDF_SUFFIXES}
    write_rdf(graph, outputs)
    for fmt, out in outputs.items():
        assert expected(read_back(tmp_path, f"graph.{RDF_SUFFIXES[fmt]}", out.getvalue())) == expected(graph), fmt
    assert expected(read_back(tmp_path, "view.trig", to_dataset(graph).serialize(format="trig"))) == expected(graph)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_file_exports(graph, fmt, tmp_path):
    (name, content), = export_file(graph, fmt, BASE).items()
    (tmp_path / name).write_bytes(content)
    back = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(tmp_path / name)
    found = {node: {f.name: data[f.name] for f in ENTITY_FIELDS if f.name in data} for node, data in back.nodes(data=True)}
    assert _flat(found) == _flat(expected(graph))


def test_csv_export(graph):
    rows = csv.DictReader(io.StringIO(export_file(graph, "csv", BASE)["nodes.csv"]))
    found = {row["id"]: {k: v for k, v in row.items() if k not in ("id", "type") and v != ""} for row in rows}
    assert found == _flat(expected(graph))


def test_neo4j_files(graph):
    files = neo4j_files(graph)
    found = {}
    for kind in TYPE_NAMES:
        for row in csv.DictReader(io.StringIO(files[f"nodes_{kind}.csv"])):
            found[row["id:ID"]] = {k.partition(":")[0]: v.replace(ARRAY_DELIMITER, "|") for k, v in row.items()
                                   if k not in ("id:ID", ":LABEL") and v != ""}
    assert found == _flat(expected(graph))
    script = files["import.cypher"]
    for field in ENTITY_FIELDS:
        assert f"n.{field.name} = " in script


def test_cypher_push_batches(graph):
    found = {}
    for statement, parameters in cypher_batches(graph):
        if "MERGE (n:Entity" in statement:
            found.update({row["id"]: {k: v for k, v in row["properties"].items() if v not in ("", [])}
                          for row in parameters["rows"]})
    assert found == expected(graph)


def test_ladybug_database(graph, tmp_path):
    import ladybug

    load_ladybug(graph, tmp_path / "db")
    connection = ladybug.Connection(ladybug.Database(str(tmp_path / "db")))
    found = {}
    for kind in TYPE_NAMES:
        result = connection.execute(f"MATCH (n:{kind}) RETURN n")
        while result.has_next():
            node = result.get_next()[0]
            found[node["id"]] = {f.name: node[f.name] for f in ENTITY_FIELDS if node.get(f.name) not in (None, "", [])}
    assert found == expected(graph)


def test_html_page(graph):
    page = render_html(graph)
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1))
    found = {node: {key: value for key, value in entry.items() if key in {f.name for f in ENTITY_FIELDS}}
             for node, entry in data["nodes"].items()}
    assert found == expected(graph, [f for f in ENTITY_FIELDS if f.name != "articles"])  # articles: in the evidence


def test_file_formats_are_all_covered():
    assert set(FILE_FORMATS) == set(RDF_SUFFIXES) | {"graphml", "gexf", "csv"}
