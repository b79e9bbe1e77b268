"""The on-disk Oxigraph store: built into, added to, queried and exported like a graph file."""
from __future__ import annotations

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg.cli import main
from kg.corpus import bundled_corpus
from kg.errors import KgError
from kg.query import run_query
from kg.store import add_to_store, open_store, single_valued
from kg.validate import load_rdf


def _build(*args: str) -> None:
    result = CliRunner().invoke(main, ["build", "-q", *args])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The first two pages built together into a folder, and one after the other into a store."""
    folder = tmp_path_factory.mktemp("store")
    first, second = (str(page) for page in bundled_corpus()[:2])
    _build(first, second, "-o", str(folder / "both"))
    _build(first, "-o", str(folder / "first"), "--store", str(folder / "store"))
    _build(second, "-o", str(folder / "second"), "--store", str(folder / "store"))
    return folder


@pytest.mark.parametrize("name", ["who-runs-program", "programs-by-province", "unions-in-region"])
def test_a_store_added_to_answers_like_the_build_of_everything(built, name):
    params = {"region": "广东省"} if name == "unions-in-region" else None
    rows = run_query(built / "store", name, params).rows
    assert rows
    assert sorted(rows) == sorted(run_query(built / "both" / "graph.trig", name, params).rows)


def test_every_article_of_both_builds_is_in_the_store(built):
    articles = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/kg-union/ontology#Article> }"
    assert run_query(built / "store", articles).rows == run_query(built / "both" / "graph.trig", articles).rows


def test_single_valued_properties_keep_one_value(built):
    store = open_store(built / "store")
    for predicate in single_valued():
        pairs = [(quad.subject, quad.predicate) for quad in store.quads_for_pattern(None, predicate, None)]
        assert len(pairs) == len(set(pairs)), predicate


def test_adding_the_same_build_again_changes_nothing(built, tmp_path):
    graph = built / "first" / "graph.trig"
    quads = list(pyoxigraph.parse(path=str(graph), format=pyoxigraph.RdfFormat.TRIG))
    size = add_to_store(tmp_path / "again", quads)
    assert add_to_store(tmp_path / "again", quads) == size == len(quads)


def test_export_and_query_read_a_store_as_a_file(built, tmp_path):
    exported = CliRunner().invoke(main, ["export", str(built / "store"), "--to", "turtle", "-o", str(tmp_path)])
    assert exported.exit_code == 0, exported.output
    assert isomorphic(load_rdf(tmp_path / "graph.ttl"), load_rdf(built / "store"))
    answer = CliRunner().invoke(main, ["query", str(built / "store"), "who-runs-program", "--format", "csv"])
    assert answer.exit_code == 0 and answer.output.startswith("program,organizer,type\n")


def test_a_folder_that_is_no_store_is_a_one_line_error(tmp_path):
    with pytest.raises(KgError, match="not an Oxigraph store"):
        run_query(tmp_path, "who-runs-program")


def test_evidence_of_one_subject_is_the_full_listing_filtered(built):
    everything = run_query(built / "store", "evidence").rows
    subject = everything[0][0]
    assert run_query(built / "store", "evidence", {"subject": subject}).rows == [
        row for row in everything if row[0] == subject]
