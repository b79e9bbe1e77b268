from __future__ import annotations

import pytest

from kg.components.base import entities_of, relations_of
from kg.pipeline import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture
def analyse(nlp):
    """Run the pipeline on a text; return {(type, name): entity} and the relation triples by name."""

    def run(text: str):
        doc = nlp(text)
        entities = {(e.type, e.name): e for e in entities_of(doc).values()}
        names = {e.id: e.name for e in entities_of(doc).values()}
        relations = {(names[r.subject], r.predicate, names[r.object]) for r in relations_of(doc)}
        return entities, relations, doc

    return run


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory):
    """The bundled corpus as a networkx graph and as a Turtle file."""
    from kg.corpus import bundled_corpus, read_documents
    from kg.extract import extract_all
    from kg.graph import build_graph
    from kg.rdf import serialize, to_quads

    documents = list(read_documents([str(p) for p in bundled_corpus()]))
    graph = build_graph([e for _, found in extract_all(documents) for e in found])
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    path.write_bytes(serialize(to_quads(graph), "turtle"))
    return graph, path
