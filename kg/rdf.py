"""The RDF form of the merged graph, following kg/ontology/union.ttl.

Entities and their relations go in the default graph; each relation's evidence (a reified
statement with the sentence and offsets) goes in the named graph of its article, so a
TriG or N-Quads file keeps one graph per article. Serialisation goes through pyoxigraph,
which is fast at volume; rdflib remains the API for building and reading.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

import networkx as nx
import pyoxigraph
from rdflib import RDF, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS

DEFAULT_BASE = "https://w3id.org/kg-union/id/"
KGO = Namespace("https://w3id.org/kg-union/ontology#")
PREDICATES = {
    "locatedIn": KGO.locatedIn,
    "organizes": KGO.organizes,
    "participatesIn": KGO.participatesIn,
    "subOrganizationOf": ORG.subOrganizationOf,
    "worksFor": KGO.worksFor,
    "partOf": KGO.partOf,
}
FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "trig": pyoxigraph.RdfFormat.TRIG,
           "nquads": pyoxigraph.RdfFormat.N_QUADS, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES}


def node_iri(base: str, node_id: str) -> URIRef:
    kind, _, key = node_id.partition(":")
    return URIRef(f"{base}{kind}/{quote(key, safe='')}")


def article_iri(base: str, article_id: str) -> URIRef:
    return URIRef(f"{base}article/{quote(article_id, safe='')}")


def to_dataset(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Dataset:
    dataset = Dataset()
    for prefix, namespace in (("kgo", KGO), ("org", ORG), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS)):
        dataset.bind(prefix, namespace)
    default = dataset.default_graph
    for article_id, info in sorted(graph.graph.get("articles", {}).items()):
        article = article_iri(base, article_id)
        default.add((article, RDF.type, KGO.Article))
        default.add((article, DCTERMS.source, Literal(info["doc"])))
        if info.get("title"):
            default.add((article, DCTERMS.title, Literal(info["title"], lang="zh")))
        if info.get("date"):
            default.add((article, DCTERMS.date, Literal(info["date"])))
    for node_id, data in graph.nodes(data=True):
        subject = node_iri(base, node_id)
        default.add((subject, RDF.type, KGO[data["type"]]))
        default.add((subject, SKOS.prefLabel, Literal(data["name"], lang="zh")))
        for alias in data.get("aliases", []):
            if alias != data["name"]:
                default.add((subject, SKOS.altLabel, Literal(alias, lang="zh")))
        if data.get("code"):
            default.add((subject, SKOS.notation, Literal(data["code"])))
        if data.get("level"):
            default.add((subject, KGO.level, Literal(data["level"])))
        if data["type"] == "Region" and data.get("province"):
            default.add((subject, KGO.province, Literal(data["province"], lang="zh")))
        if data.get("role"):
            default.add((subject, KGO.role, Literal(data["role"], lang="zh")))
        default.add((subject, KGO.mentionCount, Literal(data.get("mentions", 0), datatype=XSD.integer)))
        for article_id in data.get("articles", []):
            default.add((subject, PROV.wasDerivedFrom, article_iri(base, article_id)))
    for source, target, predicate, data in graph.edges(keys=True, data=True):
        subject, obj = node_iri(base, source), node_iri(base, target)
        default.add((subject, PREDICATES[predicate], obj))
        for evidence in data.get("evidence", []):
            digest = hashlib.sha1(f"{source}|{predicate}|{target}|{evidence.article}|{evidence.start}".encode()).hexdigest()
            node = URIRef(f"{base}evidence/{digest[:20]}")
            named = dataset.graph(article_iri(base, evidence.article))
            named.add((node, RDF.type, KGO.Evidence))
            named.add((node, RDF.subject, subject))
            named.add((node, RDF.predicate, PREDICATES[predicate]))
            named.add((node, RDF.object, obj))
            named.add((node, PROV.wasDerivedFrom, article_iri(base, evidence.article)))
            named.add((node, KGO.sentence, Literal(evidence.sentence, lang="zh")))
            named.add((node, KGO.startOffset, Literal(evidence.start, datatype=XSD.integer)))
            named.add((node, KGO.endOffset, Literal(evidence.end, datatype=XSD.integer)))
            named.add((node, KGO.inferred, Literal(bool(data.get("inferred")))))
    return dataset


def _to_oxigraph(term):
    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        if term.datatype:
            return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
        return pyoxigraph.Literal(str(term))
    return pyoxigraph.BlankNode(str(term))


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """Turtle/N-Triples hold every triple in one graph; TriG/N-Quads keep the article graphs."""
    quads = []
    for s, p, o, context in dataset.quads((None, None, None, None)):
        graph_name = pyoxigraph.DefaultGraph()
        name = getattr(context, "identifier", context)
        if fmt in ("trig", "nquads") and name is not None and name != dataset.default_graph.identifier:
            graph_name = pyoxigraph.NamedNode(str(name))
        quads.append(pyoxigraph.Quad(_to_oxigraph(s), _to_oxigraph(p), _to_oxigraph(o), graph_name))
    quads.sort(key=str)
    prefixes = {prefix: str(namespace) for prefix, namespace in dataset.namespaces()
                if prefix in ("kgo", "org", "skos", "prov", "dcterms", "rdf", "xsd")}
    if fmt in ("turtle", "ntriples"):
        triples = sorted({q.triple for q in quads}, key=str)
        return pyoxigraph.serialize(triples, format=FORMATS[fmt], prefixes=prefixes if fmt == "turtle" else None)
    return pyoxigraph.serialize(quads, format=FORMATS[fmt], prefixes=prefixes if fmt == "trig" else None)


def to_jsonld(dataset: Dataset) -> str:
    return dataset.serialize(format="json-ld", indent=1, auto_compact=True)
