"""Exports, checked against live stores where one can run here: Oxigraph server, LadybugDB."""
import csv
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.helpers import busiest
from kg.errors import KgError
from kg.export.cypher import cypher_batches, push_cypher
from kg.export.files import export_file
from kg.export.ladybug import load_ladybug
from kg.export.neo4j import ARRAY_DELIMITER, neo4j_files
from kg.export.sparql import push_sparql
from kg.query import canned_queries, run_query
from kg.rdf import DEFAULT_BASE, to_quads


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port}")


def start_oxigraph(*arguments: str):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    process = subprocess.Popen([binary, *arguments, "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(port)
    return process, f"http://127.0.0.1:{port}"


@pytest.fixture
def oxigraph_server():
    process, url = start_oxigraph("serve")
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def read_only_oxigraph_server(tmp_path):
    import pyoxigraph

    store = pyoxigraph.Store(str(tmp_path / "store"))  # an empty on-disk store to serve read-only
    store.flush()
    del store
    process, url = start_oxigraph("serve-read-only", "--location", str(tmp_path / "store"))
    yield url
    process.terminate()
    process.wait(timeout=10)


VIRTUOSO = shutil.which("virtuoso-t")
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


@pytest.fixture
def virtuoso_server(tmp_path):
    """A Virtuoso instance of its own: database in tmp_path, free ports, SPARQL updates granted."""
    if VIRTUOSO is None:
        if os.environ.get("CI") == "true":
            pytest.fail("virtuoso-opensource must be installed in CI")
        pytest.skip("virtuoso-opensource is not installed (CI installs it)")
    sql_port, http_port = free_port(), free_port()
    ini = VIRTUOSO_INI.read_text(encoding="utf-8")
    ini = re.sub(r"/var/lib/virtuoso-opensource-7/db", str(tmp_path), ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111$", f"ServerPort = {sql_port}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890$", f"ServerPort = {http_port}", ini)
    ini = re.sub(r"(?m)^Load\d+\s*=.*$", "", ini)
    (tmp_path / "virtuoso.ini").write_text(ini, encoding="utf-8")
    process = subprocess.Popen([VIRTUOSO, "-f", "-c", str(tmp_path / "virtuoso.ini")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        wait_for(http_port, 120)
        wait_for(sql_port, 60)
        subprocess.run([shutil.which("isql-vt") or "isql-vt", str(sql_port), "dba", "dba",
                        "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"],
                       check=True, capture_output=True, timeout=60)
        yield f"http://127.0.0.1:{http_port}"
    finally:
        process.terminate()
        process.wait(timeout=60)


def sparql_select(base: str, query: str, path: str = "/query", union: bool = False) -> list[dict]:
    """The rows of a query on the server; a plain query (default graph only) unless `union`
    asks Oxigraph for the union of all graphs."""
    url = f"{base}{path}?" + urllib.parse.urlencode({"query": query, **({"union-default-graph": ""} if union else {})})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    return [{k: v["value"] for k, v in row.items()} for row in answer["results"]["bindings"]]


MAIN_GRAPH = f"{DEFAULT_BASE}graph/entities"
COUNT_BY_TYPE = """
PREFIX kgo: <https://w3id.org/kg-union/ontology#>
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?class . FILTER(?class IN (kgo:UnionBody, kgo:Program, kgo:Region, kgo:Organization, kgo:Person))
  BIND(STRAFTER(STR(?class), "#") AS ?type) } GROUP BY ?type"""
COUNT_BY_PREDICATE = """
PREFIX kgo: <https://w3id.org/kg-union/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?p (COUNT(*) AS ?n) WHERE {
  ?s ?p ?o . FILTER(?p IN (kgo:locatedIn, kgo:organizes, kgo:participatesIn, org:subOrganizationOf, kgo:worksFor, kgo:partOf))
} GROUP BY ?p"""


def expected_counts(graph):
    nodes = Counter(data["type"] for _, data in graph.nodes(data=True))
    edges = Counter(key for _, _, key in graph.edges(keys=True))
    return nodes, edges


UNION_BODIES = "PREFIX kgo: <https://w3id.org/kg-union/ontology#>\nSELECT ?u WHERE { ?u a kgo:UnionBody }"
SENTENCES = "PREFIX kgo: <https://w3id.org/kg-union/ontology#>\nSELECT DISTINCT ?s WHERE { ?e kgo:sentence ?s }"


def assert_plain_queries_answer(graph, path, base: str, query_path: str) -> None:
    """The store's default graph answers plain queries (no FROM, no GRAPH) as the file does."""
    nodes = {row["type"]: int(row["n"]) for row in sparql_select(base, COUNT_BY_TYPE, query_path)}
    edges = {row["p"].rsplit("#", 1)[-1]: int(row["n"]) for row in sparql_select(base, COUNT_BY_PREDICATE, query_path)}
    want_nodes, want_edges = expected_counts(graph)
    assert nodes == dict(want_nodes) and edges == dict(want_edges)
    assert len(sparql_select(base, UNION_BODIES, query_path)) == want_nodes["UnionBody"]
    booleans = {"0": "false", "1": "true"}  # how Virtuoso writes xsd:boolean values
    for name in ("who-runs-program", "evidence"):
        served = sparql_select(base, canned_queries()[name][1], query_path)
        local = run_query(path, name)
        rows = [tuple(booleans.get(row[v], row[v]) if v == "inferred" else row.get(v, "") for v in local.variables)
                for row in served]
        assert sorted(rows) == sorted(map(tuple, local.rows))
    sentences = {row["s"] for row in sparql_select(base, SENTENCES, query_path)}
    assert sentences == {e.sentence for *_, evidence in graph.edges(data="evidence") for e in evidence or []}


def test_sparql_push_to_a_live_oxigraph_server_is_complete_and_idempotent(corpus_graph, oxigraph_server):
    graph, path = corpus_graph
    quads = to_quads(graph)
    for _ in range(2):  # the second run must leave the store as the first did
        push_sparql(quads, f"{oxigraph_server}/store", MAIN_GRAPH, batch_size=200)
        assert_plain_queries_answer(graph, path, oxigraph_server, "/query")
    graphs = sparql_select(oxigraph_server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert len(graphs) == 1 + len({e.article for _, _, d in graph.edges(data=True) for e in d["evidence"]})


def test_sparql_push_to_an_oxigraph_server_with_a_union_default_graph(corpus_graph):
    graph, path = corpus_graph
    process, url = start_oxigraph("serve", "--union-default-graph")
    try:
        push_sparql(to_quads(graph), f"{url}/store", MAIN_GRAPH, copy_default=False)
        assert_plain_queries_answer(graph, path, url, "/query")
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_without_the_copy_a_plain_oxigraph_server_answers_nothing(corpus_graph, oxigraph_server):
    graph, _ = corpus_graph
    push_sparql(to_quads(graph), f"{oxigraph_server}/store", MAIN_GRAPH, copy_default=False)
    assert sparql_select(oxigraph_server, UNION_BODIES) == []
    assert len(sparql_select(oxigraph_server, UNION_BODIES, union=True)) == expected_counts(graph)[0]["UnionBody"]


def test_sparql_push_to_a_live_virtuoso_server(corpus_graph, virtuoso_server):
    graph, path = corpus_graph
    quads = to_quads(graph)
    for _ in range(2):
        push_sparql(quads, f"{virtuoso_server}/sparql-graph-crud", MAIN_GRAPH, batch_size=500, copy_default=False)
        assert_plain_queries_answer(graph, path, virtuoso_server, "/sparql")


def test_a_store_that_rejects_writes_is_one_line(corpus_graph, read_only_oxigraph_server):
    graph, _ = corpus_graph
    with pytest.raises(KgError, match=r"rejected graph .* \(HTTP 4\d\d\); 0 of \d+ graphs pushed, re-running is safe"):
        push_sparql(to_quads(graph), f"{read_only_oxigraph_server}/store", MAIN_GRAPH)


def test_unreachable_store_is_one_line(corpus_graph):
    graph, _ = corpus_graph
    with pytest.raises(KgError, match="cannot reach the store.*0 of .* graphs pushed, re-running is safe"):
        push_sparql(to_quads(graph), f"http://127.0.0.1:{free_port()}/store", MAIN_GRAPH)


def test_ladybug_database_answers_counts(corpus_graph, tmp_path):
    import ladybug

    graph, _ = corpus_graph
    load_ladybug(graph, tmp_path / "graph.lbug")
    connection = ladybug.Connection(ladybug.Database(str(tmp_path / "graph.lbug")))
    want_nodes, want_edges = expected_counts(graph)
    for kind, count in want_nodes.items():
        result = connection.execute(f"MATCH (n:{kind}) RETURN count(n)")
        assert result.get_next()[0] == count
    result = connection.execute("MATCH ()-[e]->() RETURN label(e), count(*)")
    found = {}
    while result.has_next():
        label, count = result.get_next()
        found[label] = count
    assert found == dict(want_edges)
    organizer = busiest(graph, "UnionBody", "organizes")
    result = connection.execute("MATCH (u:UnionBody)-[:organizes]->(p:Program) WHERE u.id = $id RETURN p.name",
                                {"id": organizer})
    programs = set()
    while result.has_next():
        programs.add(result.get_next()[0])
    assert programs == {graph.nodes[t]["name"] for s, t, k in graph.edges(keys=True)
                        if k == "organizes" and s == organizer}
    assert programs
    with pytest.raises(KgError, match="already exists"):
        load_ladybug(graph, tmp_path / "graph.lbug")


def test_neo4j_import_files(corpus_graph):
    graph, _ = corpus_graph
    files = neo4j_files(graph)
    want_nodes, want_edges = expected_counts(graph)
    for kind, count in want_nodes.items():
        rows = list(csv.DictReader(files[f"nodes_{kind}.csv"].splitlines()))
        assert len(rows) == count and all(r[":LABEL"].split(ARRAY_DELIMITER) == [kind, "Entity"] for r in rows)
    for predicate, count in want_edges.items():
        rows = list(csv.DictReader(files[f"rels_{predicate}.csv"].splitlines()))
        assert len(rows) == count and {r[":TYPE"] for r in rows} == {predicate}
    assert not any(content.startswith("\ufeff") for content in files.values())
    assert "neo4j-admin database import full --array-delimiter='U+001F'" in files["README.md"]
    assert files["import.cypher"].count("MERGE") == len(want_nodes) + len(want_edges)


def test_cypher_batches_cover_the_graph_and_merge(corpus_graph):
    graph, _ = corpus_graph
    batches = list(cypher_batches(graph, batch_size=50))
    node_rows = sum(len(p["rows"]) for s, p in batches if "MERGE (n:Entity" in s)
    edge_rows = sum(len(p["rows"]) for s, p in batches if "MERGE (a)-[" in s)
    assert node_rows == graph.number_of_nodes() and edge_rows == graph.number_of_edges()
    assert all("MERGE" in s and "CREATE" not in s for s, _ in batches)
    assert all(len(p["rows"]) <= 50 for _, p in batches)


def test_unreachable_bolt_server_is_one_line(corpus_graph):
    graph, _ = corpus_graph
    with pytest.raises(KgError, match="cannot reach the database.*0 of .* batches pushed"):
        push_cypher(graph, f"bolt://127.0.0.1:{free_port()}", "neo4j", "secret")


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_open_in_networkx(corpus_graph, tmp_path, fmt, reader):
    graph, _ = corpus_graph
    (name, content), = export_file(graph, fmt, DEFAULT_BASE).items()
    (tmp_path / name).write_bytes(content)
    back = reader(tmp_path / name)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()


def test_export_command_writes_files(corpus_graph, tmp_path):
    _, path = corpus_graph
    for target in ("neo4j", "csv", "nquads", "jsonld"):
        result = CliRunner().invoke(main, ["export", str(path), "--to", target, "-o", str(tmp_path / target)])
        assert result.exit_code == 0, result.output
        assert any((tmp_path / target).iterdir())
    result = CliRunner().invoke(main, ["export", str(path), "--to", "cypher"])
    assert result.exit_code == 1 and "needs --uri" in result.output


TRICKY_PAGE = ('近日,广西南宁市总工会举办“金秋助学”活动, 为职工子女送去"助学金"|[第1批];\n'
               "南宁市总工会副主席韦明说,活动将持续一个月。")


@pytest.fixture(scope="module")
def tricky_graph():
    """A graph whose evidence sentences hold ASCII commas, quotes, brackets, a pipe and a semicolon."""
    from kg.corpus import split_page
    from kg.graph import build_graph
    from kg.pipeline import extract_articles

    graph = build_graph(extract_articles(split_page(TRICKY_PAGE, "tricky.txt")))
    sentences = {e.sentence for *_, evidence in graph.edges(data="evidence") for e in evidence or []}
    assert any(all(mark in s for mark in ',"|[];') for s in sentences)
    return graph, sentences


def test_sentences_reach_ladybug_unchanged(tricky_graph, tmp_path):
    import ladybug

    graph, sentences = tricky_graph
    load_ladybug(graph, tmp_path / "graph.lbug")
    connection = ladybug.Connection(ladybug.Database(str(tmp_path / "graph.lbug")))
    result = connection.execute("MATCH ()-[e]->() RETURN e.sentences")
    found = set()
    while result.has_next():
        found.update(result.get_next()[0])
    assert found == sentences


def test_sentences_and_labels_reach_neo4j_files_unchanged(tricky_graph):
    graph, sentences = tricky_graph
    files = neo4j_files(graph)
    found = {s for name, content in files.items() if name.startswith("rels_")
             for row in csv.DictReader(content.splitlines(keepends=True)) if row["sentences:string[]"]
             for s in row["sentences:string[]"].split(ARRAY_DELIMITER)}
    assert found == sentences
    labels = {row[":LABEL"] for name, content in files.items() if name.startswith("nodes_")
              for row in csv.DictReader(content.splitlines(keepends=True))}
    assert {tuple(label.split(ARRAY_DELIMITER)) for label in labels} == {
        (data["type"], "Entity") for _, data in graph.nodes(data=True)}
    batches = cypher_batches(graph)
    assert {s for _, p in batches for row in p["rows"] for s in row.get("properties", {}).get("sentences", [])} == sentences


def test_sentences_reach_a_sparql_store_unchanged(tricky_graph, oxigraph_server):
    graph, sentences = tricky_graph
    push_sparql(to_quads(graph), f"{oxigraph_server}/store", MAIN_GRAPH)
    assert {row["s"] for row in sparql_select(oxigraph_server, SENTENCES)} == sentences
