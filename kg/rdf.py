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
from rdflib import RDF, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SDO, SKOS
from urllib.parse import unquote

from kg.model import Evidence

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
        if info.get("url"):
            default.add((article, SDO.url, Literal(info["url"])))
    for node_id, data in graph.nodes(data=True):
        subject = node_iri(base, node_id)
        default.add((subject, RDF.type, KGO[data["type"]]))
        default.add((subject, SKOS.prefLabel, Literal(data["name"], lang="zh")))
        for alias in data.get("aliases", []):
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


def _node_id(base: str, iri) -> str:
    kind, _, key = str(iri).removeprefix(base).partition("/")
    return f"{kind}:{unquote(key)}"


def _article_id(base: str, iri) -> str:
    return unquote(str(iri).removeprefix(f"{base}article/"))


def from_rdf(data: Graph, base: str = DEFAULT_BASE) -> nx.MultiDiGraph:
    """The networkx graph an RDF graph (as written by `to_dataset`, named graphs merged) describes."""
    graph = nx.MultiDiGraph()
    graph.graph["articles"] = {}
    for article in sorted(data.subjects(RDF.type, KGO.Article)):
        info = {"doc": str(data.value(article, DCTERMS.source) or ""), "title": str(data.value(article, DCTERMS.title) or ""),
                "date": str(data.value(article, DCTERMS.date) or ""), "url": str(data.value(article, SDO.url) or "")}
        graph.graph["articles"][_article_id(base, article)] = info
    by_class = {KGO[kind]: kind for kind in ("UnionBody", "Program", "Region", "Organization", "Person")}
    for cls, kind in by_class.items():
        for subject in sorted(data.subjects(RDF.type, cls)):
            node = {"type": kind, "name": str(data.value(subject, SKOS.prefLabel)),
                    "aliases": sorted(str(a) for a in data.objects(subject, SKOS.altLabel)),
                    "mentions": int(data.value(subject, KGO.mentionCount) or 0),
                    "articles": sorted(_article_id(base, a) for a in data.objects(subject, PROV.wasDerivedFrom))}
            for key, predicate in (("code", SKOS.notation), ("level", KGO.level), ("province", KGO.province),
                                   ("role", KGO.role)):
                value = data.value(subject, predicate)
                if value is not None:
                    node[key] = str(value)
            graph.add_node(_node_id(base, subject), **node)
    names = {predicate: name for name, predicate in PREDICATES.items()}
    for subject, predicate, obj in sorted(data):
        if predicate in names and subject != obj and isinstance(obj, URIRef):
            graph.add_edge(_node_id(base, subject), _node_id(base, obj), key=names[predicate],
                           predicate=names[predicate], inferred=False, evidence=[])
    for evidence in data.subjects(RDF.type, KGO.Evidence):
        key = names[data.value(evidence, RDF.predicate)]
        edge = graph.edges[_node_id(base, data.value(evidence, RDF.subject)), _node_id(base, data.value(evidence, RDF.object)), key]
        edge["evidence"].append(Evidence(_article_id(base, data.value(evidence, PROV.wasDerivedFrom)),
                                         str(data.value(evidence, KGO.sentence)),
                                         int(data.value(evidence, KGO.startOffset)), int(data.value(evidence, KGO.endOffset))))
        edge["inferred"] = bool(data.value(evidence, KGO.inferred).toPython())
    for _, _, edge in graph.edges(data=True):
        edge["evidence"].sort(key=lambda e: (e.article, e.start))
    return graph


def to_oxigraph_term(term):
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
        quads.append(pyoxigraph.Quad(to_oxigraph_term(s), to_oxigraph_term(p), to_oxigraph_term(o), graph_name))
    quads.sort(key=str)
    prefixes = {prefix: str(namespace) for prefix, namespace in dataset.namespaces()
                if prefix in ("kgo", "org", "skos", "prov", "dcterms", "rdf", "xsd")}
    if fmt in ("turtle", "ntriples"):
        triples = sorted({q.triple for q in quads}, key=str)
        return pyoxigraph.serialize(triples, format=FORMATS[fmt], prefixes=prefixes if fmt == "turtle" else None)
    return pyoxigraph.serialize(quads, format=FORMATS[fmt], prefixes=prefixes if fmt == "trig" else None)


def to_jsonld(dataset: Dataset) -> str:
    return dataset.serialize(format="json-ld", indent=1, auto_compact=True)
