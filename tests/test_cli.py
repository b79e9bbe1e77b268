import json
import os

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg.cli import main
from kg.errors import KgError
from tests.helpers import busiest

SAMPLE = "近日，广西南宁市总工会举办“金秋助学”活动。南宁市总工会副主席韦明说，活动将持续一个月。\n"


@pytest.fixture
def runner():
    return CliRunner()


def test_extract_jsonl_one_record_per_file(runner, tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(SAMPLE.encode("gb18030"))
    result = runner.invoke(main, ["extract", "-q", str(tmp_path)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["doc"] for r in records] == ["a.txt", "b.txt"]
    names = {(e["type"], e["name"]) for e in records[0]["entities"]}
    assert {("UnionBody", "南宁市总工会"), ("Program", "金秋助学"), ("Region", "南宁市")} <= names
    assert records[0] == records[1] | {"doc": "a.txt"}


def test_jsonl_input_and_stdin(runner):
    line = json.dumps({"id": "web-1", "title": "t", "text": SAMPLE}, ensure_ascii=False)
    result = runner.invoke(main, ["extract", "-q", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["doc"] == "web-1"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("bin.txt", b"\x00\x01\x02binary", "binary file"),
        ("bad.txt", b"\xfd\x80\x81\x82\xff\xfe", "cannot decode"),
        ("empty.txt", b"  \n", "empty file"),
        ("bad.jsonl", b'{"text": "ok"}\n{not json}\n', "bad.jsonl:2: malformed JSON"),
        ("notext.jsonl", b'{"title": "x"}\n', "notext.jsonl:1: missing or empty 'text'"),
    ],
)
def test_bad_input_gets_one_line_and_non_zero_exit(runner, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", "-q", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert not out.exists()


def test_skip_bad_reports_and_goes_on(runner, tmp_path):
    (tmp_path / "good.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(main, ["extract", "-q", "--skip-bad", str(tmp_path)])
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "empty.txt" in result.stderr
    assert json.loads(result.stdout)["doc"] == "good.txt"


def test_missing_path(runner):
    result = runner.invoke(main, ["extract", "no/such/file.txt"])
    assert result.exit_code == 1 and "no such file or folder" in result.output


def test_a_pipe_or_a_broken_link_is_named_for_what_it_is(runner, tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "dangling").symlink_to(tmp_path / "gone.txt")
    for name, problem in [("pipe", "not a regular file or folder (a pipe, socket or device)"),
                          ("loop", "a symbolic link to nothing (or to itself)"),
                          ("dangling", "a symbolic link to nothing (or to itself)")]:
        result = runner.invoke(main, ["extract", "-q", str(tmp_path / name)])
        assert result.exit_code == 1 and result.output == f"Error: {tmp_path / name}: {problem}\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The bundled corpus built twice into two folders."""
    runner = CliRunner()
    folders = []
    for name in ("one", "two"):
        folder = tmp_path_factory.mktemp(name)
        result = runner.invoke(main, ["build", "-q", "-o", str(folder)])
        assert result.exit_code == 0, result.output
        folders.append(folder)
    return folders


def test_build_writes_every_file(built):
    names = {p.name for p in built[0].iterdir()}
    assert names == {"graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml", "graph.html", "extractions.jsonl"}


def test_build_is_deterministic(built):
    for path in built[0].iterdir():
        assert path.read_bytes() == (built[1] / path.name).read_bytes(), path.name


def test_turtle_parses_in_rdflib_and_pyoxigraph_to_the_same_graph(built):
    turtle = (built[0] / "graph.ttl").read_bytes()
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    ntriples = pyoxigraph.serialize(pyoxigraph.parse(turtle, format=pyoxigraph.RdfFormat.TURTLE),
                                    format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert isomorphic(graph, rdflib.Graph().parse(data=ntriples.decode(), format="nt"))
    kgo = rdflib.Namespace("https://w3id.org/kg-union/ontology#")
    unions = set(graph.subjects(rdflib.RDF.type, kgo.UnionBody))
    assert len(unions) > 20


def test_trig_keeps_one_graph_per_article(built):
    dataset = rdflib.Dataset().parse((built[0] / "graph.trig").read_bytes(), format="trig")
    article_graphs = {str(g.identifier) for g in dataset.graphs() if "/article/" in str(g.identifier)}
    records = [json.loads(line) for line in (built[0] / "extractions.jsonl").read_text().splitlines()]
    assert len(records) == 5
    assert len(article_graphs) > 5


def test_jsonld_holds_the_quads_of_the_trig(built):
    def quads(name: str, fmt: pyoxigraph.RdfFormat) -> set:
        return set(pyoxigraph.parse((built[0] / name).read_bytes(), format=fmt))

    trig = quads("graph.trig", pyoxigraph.RdfFormat.TRIG)
    assert len(trig) > 1000
    assert quads("graph.jsonld", pyoxigraph.RdfFormat.JSON_LD) == trig


def test_graphml_reads_back(built):
    import networkx as nx

    graph = nx.read_graphml(built[0] / "graph.graphml")
    turtle_nodes = rdflib.Graph().parse(built[0] / "graph.ttl", format="turtle")
    labels = set(turtle_nodes.subjects(rdflib.namespace.SKOS.prefLabel, None))
    assert graph.number_of_nodes() == len(labels)


def test_html_is_offline_and_escaped(built):
    page = (built[0] / "graph.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert 'src="http' not in page and 'href="http' not in page
    assert "new vis.Network" in page


def test_outputs_are_written_atomically(tmp_path, monkeypatch):
    from kg import output

    target = tmp_path / "graph.ttl"
    target.write_text("old")

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(output.os, "replace", broken)
    with pytest.raises(KgError, match="graph.ttl: cannot write: disk full"):
        output.write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_validate_command(runner, built, tmp_path):
    result = runner.invoke(main, ["validate", str(built[0] / "graph.ttl")])
    assert result.exit_code == 0 and "conforms" in result.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1 and "cannot parse as turtle" in result.output
    assert "Traceback" not in result.output


def test_render_focus_types_and_cut(runner, built, tmp_path):
    from kg.rdf import from_rdf
    from kg.render import select_subgraph
    from kg.validate import load_rdf

    graph = from_rdf(load_rdf(built[0] / "graph.ttl"))
    top = busiest(graph, "UnionBody", "subOrganizationOf", incoming=True)
    name = graph.nodes[top]["name"]
    near, note = select_subgraph(graph, focus=name, depth=1)
    assert set(near) == {top} | set(graph.successors(top)) | set(graph.predecessors(top))
    assert name in note
    only, _ = select_subgraph(graph, types={"Region"})
    assert {d["type"] for _, d in only.nodes(data=True)} == {"Region"}
    cut, note = select_subgraph(graph, max_nodes=10)
    assert len(cut) == 10 and "10 best-connected" in note

    out = tmp_path / "focus.html"
    result = runner.invoke(main, ["render", str(built[0] / "graph.ttl"), "-o", str(out), "--focus", name])
    assert result.exit_code == 0 and out.exists()
    result = runner.invoke(main, ["render", str(built[0] / "graph.ttl"), "--focus", "不存在的名字"])
    assert result.exit_code == 1 and "no entity named" in result.output


def test_workers_give_the_same_records(runner):
    one = runner.invoke(main, ["extract", "-q"])
    two = runner.invoke(main, ["extract", "-q", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output
