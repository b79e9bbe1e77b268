"""Checking a built graph against the SHACL shapes in ontology/shapes.ttl (with pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyshacl
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH, SKOS
from rdflib.util import guess_format

from kg.errors import KgError
from kg.model import RDF_SUFFIXES
from kg.store import is_store, store_graph


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.path}: {self.message}"


def load_rdf(path: Path) -> Graph:
    """Parse a graph file, or read an Oxigraph store folder, into one rdflib graph (named graphs
    merged); one-line errors."""
    if is_store(path):
        return store_graph(path)
    if path.suffix.lower() not in RDF_SUFFIXES.values():
        raise KgError(f"{path}: not an RDF file (expected {', '.join(RDF_SUFFIXES.values())})")
    fmt = guess_format(path.name.lower())
    try:
        dataset = Dataset()
        dataset.parse(path, format=fmt)
    except FileNotFoundError:
        raise KgError(f"{path}: no such file") from None
    except Exception as err:  # rdflib raises many parser-specific types
        raise KgError(f"{path}: cannot parse as {fmt}: {str(err).splitlines()[0]}") from None
    union = Graph()
    for prefix, namespace in dataset.namespaces():
        union.bind(prefix, namespace)
    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    return union


def shapes() -> Graph:
    with resources.as_file(resources.files("kg") / "ontology" / "shapes.ttl") as path:
        return Graph().parse(path, format="turtle")


def validate(data: Graph) -> list[Violation]:
    """The shape violations of `data`, readable: the focus node's label, the path, the message."""
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes(), inference="none", allow_warnings=True)
    if conforms:
        return []
    violations = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        label = data.value(focus, SKOS.prefLabel) if isinstance(focus, URIRef) else None
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        violations.append(Violation(f"{label} <{focus}>" if label else str(focus),
                                    data.qname(path) if isinstance(path, URIRef) else str(path),
                                    str(message)))
    return sorted(violations, key=str)
