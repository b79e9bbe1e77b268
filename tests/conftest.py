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
