"""The merged graph: one node per thing, shards merge into the graph of their union, RDF round trips."""
import re

import pyoxigraph
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.corpus import bundled_corpus, read_documents
from kg.extract import extract_all
from kg.graph import build_graph, merge_graphs
from kg.rdf import serialize, to_dataset, to_quads
from kg.render import render_html
from kg.validate import validate


@pytest.fixture(scope="module")
def shards():
    paths = [str(p) for p in bundled_corpus()]
    documents = list(read_documents(paths))
    extractions = [[e for e in found] for _, found in extract_all(documents)]
    first = [e for found in extractions[:2] for e in found]
    rest = [e for found in extractions[2:] for e in found]
    return first, rest


def test_merging_shards_equals_building_their_union(shards):
    first, rest = shards
    whole = build_graph(first + rest)
    merged = merge_graphs(build_graph(first), build_graph(rest))
    assert serialize(to_quads(merged), "trig") == serialize(to_quads(whole), "trig")
    assert sorted(merged.nodes(data="aliases")) == sorted(whole.nodes(data="aliases"))


def test_one_node_per_federation_across_files(shards):
    first, rest = shards
    graph = build_graph(first + rest)
    names = [data["name"] for _, data in graph.nodes(data=True)]
    assert len(names) == len(set((data["type"], data["name"]) for _, data in graph.nodes(data=True)))
    federations = [n for n in graph if re.fullmatch(r"union:\d{12}", n)]
    assert len({graph.nodes[n]["name"] for n in federations}) == len(federations)
    assert any(len(graph.nodes[n]["articles"]) >= 2 for n in federations)  # merged across articles


def test_networkx_to_rdf_round_trip_in_rdflib_and_pyoxigraph(shards):
    first, rest = shards
    graph = build_graph(first + rest)
    dataset = to_dataset(graph)
    for fmt, rdflib_format in (("turtle", "turtle"), ("ntriples", "nt")):
        data = serialize(to_quads(graph), fmt)
        parsed = rdflib.Graph().parse(data=data.decode(), format=rdflib_format)
        expected = rdflib.Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            expected.add((s, p, o))
        assert isomorphic(parsed, expected)
        store = pyoxigraph.Store()
        store.load(data, format=pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES)
        assert len(store) == len(expected)


def test_built_graph_conforms_to_the_shapes(shards):
    first, rest = shards
    data = rdflib.Graph().parse(data=serialize(to_quads(build_graph(first + rest)), "turtle").decode(),
                                format="turtle")
    assert validate(data) == []


def test_shapes_catch_a_broken_graph():
    kgo = rdflib.Namespace("https://w3id.org/kg-union/ontology#")
    skos = rdflib.namespace.SKOS
    broken = rdflib.Graph()
    union, program = rdflib.URIRef("urn:x:union"), rdflib.URIRef("urn:x:program")
    broken.add((union, rdflib.RDF.type, kgo.UnionBody))
    broken.add((union, skos.prefLabel, rdflib.Literal("某市总工会", lang="zh")))
    broken.add((program, rdflib.RDF.type, kgo.Program))
    broken.add((union, kgo.locatedIn, program))  # a program is no region
    messages = [str(v) for v in validate(broken)]
    assert any("某市总工会" in m and "locatedIn" in m for m in messages)
    assert any("wasDerivedFrom" in m for m in messages)


def test_rdf_maps_back_to_the_same_networkx_graph(shards):
    from kg.rdf import from_rdf

    first, rest = shards
    graph = build_graph(first + rest)
    data = rdflib.Graph().parse(data=serialize(to_quads(graph), "turtle").decode(), format="turtle")
    back = from_rdf(data)
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(graph.edges(keys=True, data=True))
    assert back.graph["articles"] == graph.graph["articles"]


def test_an_abolished_division_keeps_its_last_year_through_rdf():
    from kg.model import Article
    from kg.pipeline import extract_articles
    from kg.rdf import from_rdf

    text = "2018年，杭州市江干区总工会举办职工运动会。"
    extractions = extract_articles([Article(id="a1", doc="old.txt", text=text)])
    graph = build_graph(extractions)
    assert graph.nodes["region:330104000000"]["until"] == "2020"
    assert '"until": "2020"' in render_html(graph)  # the page's panel shows it
    data = rdflib.Graph().parse(data=serialize(to_quads(graph), "turtle").decode(), format="turtle")
    kgo = rdflib.Namespace("https://w3id.org/kg-union/ontology#")
    years = list(data.objects(None, kgo.existedUntil))
    assert years == [rdflib.Literal("2020", datatype=rdflib.XSD.gYear)]
    assert validate(data) == []
    assert from_rdf(data).nodes["region:330104000000"]["until"] == "2020"
    region = next(data.subjects(kgo.existedUntil, None))
    data.set((region, kgo.existedUntil, rdflib.Literal("2020年")))
    assert any("existedUntil" in str(violation) for violation in validate(data))
