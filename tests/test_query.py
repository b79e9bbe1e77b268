"""Canned queries answer what the networkx graph says, on both engines; bad queries fail cleanly."""
import json
from collections import Counter

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.query import canned_queries, run_query
from tests.helpers import busiest


def names(graph, node):
    return graph.nodes[node]["name"]


def edges(graph, predicate):
    return [(s, t) for s, t, k in graph.edges(keys=True) if k == predicate]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_who_runs_each_program(corpus_graph, engine):
    graph, path = corpus_graph
    rows = run_query(path, "who-runs-program", engine=engine).rows
    expected = {(names(graph, t), names(graph, s), graph.nodes[s]["type"]) for s, t in edges(graph, "organizes")}
    assert {tuple(row) for row in rows} == expected
    assert len(expected) > 20


def test_programs_by_province(corpus_graph):
    graph, path = corpus_graph
    rows = run_query(path, "programs-by-province").rows
    expected = {(graph.nodes[t]["province"], names(graph, s)) for s, t in edges(graph, "locatedIn")
                if graph.nodes[s]["type"] == "Program" and graph.nodes[t].get("province")}
    assert {tuple(row) for row in rows} == expected


def test_federation_tree(corpus_graph):
    graph, path = corpus_graph
    top = busiest(graph, "UnionBody", "subOrganizationOf", incoming=True)
    tree = nx.DiGraph(edges(graph, "subOrganizationOf"))
    below = nx.ancestors(tree, top)  # edges point from the lower body to the higher one
    rows = run_query(path, "federation-tree", {"union": names(graph, top)}).rows
    assert {row[0] for row in rows} == {names(graph, n) for n in below}
    assert len(below) >= 3


def test_unions_in_region(corpus_graph):
    graph, path = corpus_graph
    province = Counter(graph.nodes[t].get("province") for s, t in edges(graph, "locatedIn")
                       if graph.nodes[s]["type"] == "UnionBody").most_common(1)[0][0]
    rows = run_query(path, "unions-in-region", {"region": province}).rows
    expected = {names(graph, s) for s, t in edges(graph, "locatedIn")
                if graph.nodes[s]["type"] == "UnionBody" and graph.nodes[t].get("province") == province}
    assert {row[0] for row in rows} == expected


def test_widespread_programs(corpus_graph):
    graph, path = corpus_graph
    rows = run_query(path, "widespread-programs").rows
    for program, regions, articles in rows[:10]:
        node = next(n for n, d in graph.nodes(data=True) if d["type"] == "Program" and d["name"] == program)
        assert int(regions) == len({t for s, t in edges(graph, "locatedIn") if s == node})
        assert int(articles) == len(graph.nodes[node]["articles"])


def test_evidence_rows_quote_the_sentence(corpus_graph):
    graph, path = corpus_graph
    rows = run_query(path, "evidence").rows
    total = sum(len(data["evidence"]) for _, _, data in graph.edges(data=True))
    assert len(rows) == total
    assert all(row[3] for row in rows)


def test_every_canned_query_is_described():
    assert all(description for description, _ in canned_queries().values())


def test_syntax_errors_are_refused(corpus_graph):
    _, path = corpus_graph
    with pytest.raises(KgError, match=r"syntax error: .*1:\d+"):
        run_query(path, "SELECT ?x WHERE { ?x ?y }")


def test_cli_formats(corpus_graph):
    _, path = corpus_graph
    runner = CliRunner()
    as_json = runner.invoke(main, ["query", str(path), "who-runs-program", "--format", "json"])
    assert as_json.exit_code == 0
    assert {"program", "organizer", "type"} == set(json.loads(as_json.output)[0])
    as_tsv = runner.invoke(main, ["query", str(path), "who-runs-program", "--format", "tsv"])
    assert as_tsv.output.splitlines()[0] == "program\torganizer\ttype"
    ask = runner.invoke(main, ["query", str(path), "ASK { ?s a <https://w3id.org/kg-union/ontology#Region> }"])
    assert ask.output.strip() == "true"
    listing = runner.invoke(main, ["query", "--list"])
    assert "who-runs-program" in listing.output
