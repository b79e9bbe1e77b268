"""The RDF form of the merged graph, following kg/ontology/union.ttl.

Entities and their relations go in the default graph; each relation's evidence (a reified
statement with the sentence and offsets) goes in the named graph of its article, so a
TriG or N-Quads file keeps one graph per article. The mapping builds pyoxigraph quads and
serialises them with pyoxigraph, which is fast at volume; `to_dataset` gives the rdflib
view, and `from_rdf` maps an rdflib graph back to networkx.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote

import networkx as nx
import pyoxigraph
from rdflib import RDF, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SDO, SKOS

from kg.model import ENTITY_TYPES, Evidence

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
PREFIXES = {"kgo": str(KGO), "org": str(ORG), "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS),
            "rdf": str(RDF), "xsd": str(XSD), "schema": str(SDO)}
FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "trig": pyoxigraph.RdfFormat.TRIG,
           "nquads": pyoxigraph.RdfFormat.N_QUADS, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES}


def node_iri(base: str, node_id: str) -> str:
    kind, _, key = node_id.partition(":")
    return f"{base}{kind}/{quote(key, safe='')}"


def article_iri(base: str, article_id: str) -> str:
    return f"{base}article/{quote(article_id, safe='')}"


def to_quads(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> list[pyoxigraph.Quad]:
    """The mapping: the graph as quads, entities and relations in the default graph, each
    relation's evidence in the named graph of its article. Sorted, so output is stable."""
    default = pyoxigraph.DefaultGraph()
    node = pyoxigraph.NamedNode
    term = {name: node(str(value)) for name, value in (
        ("type", RDF.type), ("source", DCTERMS.source), ("title", DCTERMS.title), ("date", DCTERMS.date),
        ("url", SDO.url), ("pref", SKOS.prefLabel), ("alt", SKOS.altLabel), ("notation", SKOS.notation),
        ("level", KGO.level), ("province", KGO.province), ("role", KGO.role), ("mentions", KGO.mentionCount),
        ("derived", PROV.wasDerivedFrom), ("subject", RDF.subject), ("predicate", RDF.predicate),
        ("object", RDF.object), ("sentence", KGO.sentence), ("start", KGO.startOffset), ("end", KGO.endOffset),
        ("inferred", KGO.inferred), ("Article", KGO.Article), ("Evidence", KGO.Evidence), ("until", KGO.existedUntil),
        ("rule", KGO.rule),
    )}
    integer, boolean, year = node(str(XSD.integer)), node(str(XSD.boolean)), node(str(XSD.gYear))

    def text(value: str, chinese: bool = False) -> pyoxigraph.Literal:
        return pyoxigraph.Literal(value, language="zh") if chinese else pyoxigraph.Literal(value)

    quads = []
    add = quads.append
    for article_id, info in graph.graph.get("articles", {}).items():
        article = node(article_iri(base, article_id))
        add(pyoxigraph.Quad(article, term["type"], term["Article"], default))
        add(pyoxigraph.Quad(article, term["source"], text(info["doc"]), default))
        for key, chinese in (("title", True), ("date", False), ("url", False)):
            if info.get(key):
                add(pyoxigraph.Quad(article, term[key], text(info[key], chinese), default))
    for node_id, data in graph.nodes(data=True):
        subject = node(node_iri(base, node_id))
        add(pyoxigraph.Quad(subject, term["type"], node(str(KGO[data["type"]])), default))
        add(pyoxigraph.Quad(subject, term["pref"], text(data["name"], True), default))
        for alias in data.get("aliases", []):
            add(pyoxigraph.Quad(subject, term["alt"], text(alias, True), default))
        for key, predicate, chinese in (("code", "notation", False), ("level", "level", False),
                                        ("province", "province", True), ("role", "role", True)):
            if data.get(key) and (key != "province" or data["type"] == "Region"):
                add(pyoxigraph.Quad(subject, term[predicate], text(data[key], chinese), default))
        if data.get("until"):
            add(pyoxigraph.Quad(subject, term["until"], pyoxigraph.Literal(data["until"], datatype=year), default))
        add(pyoxigraph.Quad(subject, term["mentions"], pyoxigraph.Literal(str(data.get("mentions", 0)), datatype=integer),
                            default))
        for article_id in data.get("articles", []):
            add(pyoxigraph.Quad(subject, term["derived"], node(article_iri(base, article_id)), default))
    for source, target, predicate, data in graph.edges(keys=True, data=True):
        subject, obj, relation = node(node_iri(base, source)), node(node_iri(base, target)), node(str(PREDICATES[predicate]))
        add(pyoxigraph.Quad(subject, relation, obj, default))
        inferred = pyoxigraph.Literal("true" if data.get("inferred") else "false", datatype=boolean)
        for evidence in data.get("evidence", []):
            digest = hashlib.sha1(f"{source}|{predicate}|{target}|{evidence.article}|{evidence.start}".encode()).hexdigest()
            statement = node(f"{base}evidence/{digest[:20]}")
            article = node(article_iri(base, evidence.article))
            for p, o in ((term["type"], term["Evidence"]), (term["subject"], subject), (term["predicate"], relation),
                         (term["object"], obj), (term["derived"], article), (term["sentence"], text(evidence.sentence, True)),
                         (term["start"], pyoxigraph.Literal(str(evidence.start), datatype=integer)),
                         (term["end"], pyoxigraph.Literal(str(evidence.end), datatype=integer)),
                         (term["inferred"], inferred)):
                add(pyoxigraph.Quad(statement, p, o, article))
            if evidence.rule:
                add(pyoxigraph.Quad(statement, term["rule"], text(evidence.rule), article))
    quads.sort(key=str)
    return quads


def to_dataset(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Dataset:
    """The rdflib view of `to_quads`, for code that works with rdflib."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for quad in to_quads(graph, base):
        context = None if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else URIRef(quad.graph_name.value)
        target = dataset.default_graph if context is None else dataset.graph(context)
        target.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
    return dataset


def _to_rdflib(term):
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


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
    by_class = {KGO[kind]: kind for kind in ENTITY_TYPES.values()}
    for cls, kind in by_class.items():
        for subject in sorted(data.subjects(RDF.type, cls)):
            node = {"type": kind, "name": str(data.value(subject, SKOS.prefLabel)),
                    "aliases": sorted(str(a) for a in data.objects(subject, SKOS.altLabel)),
                    "mentions": int(data.value(subject, KGO.mentionCount) or 0),
                    "articles": sorted(_article_id(base, a) for a in data.objects(subject, PROV.wasDerivedFrom))}
            for key, predicate in (("code", SKOS.notation), ("level", KGO.level), ("province", KGO.province),
                                   ("until", KGO.existedUntil), ("role", KGO.role)):
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
                                         int(data.value(evidence, KGO.startOffset)), int(data.value(evidence, KGO.endOffset)),
                                         str(data.value(evidence, KGO.rule) or "")))
        edge["inferred"] = bool(data.value(evidence, KGO.inferred).toPython())
    for _, _, edge in graph.edges(data=True):
        edge["evidence"].sort(key=lambda e: e.order)
    return graph


def serialize(quads: list[pyoxigraph.Quad], fmt: str) -> bytes:
    """Turtle, N-Triples and JSON-LD (expanded) hold every triple in one graph; TriG and
    N-Quads keep the article graphs."""
    if fmt in ("turtle", "ntriples"):
        triples = list(dict.fromkeys(quad.triple for quad in quads))  # quads come sorted: stable output
        return pyoxigraph.serialize(triples, format=FORMATS[fmt], prefixes=PREFIXES if fmt == "turtle" else None)
    if fmt == "jsonld":
        return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.JSON_LD)
    return pyoxigraph.serialize(quads, format=FORMATS[fmt], prefixes=PREFIXES if fmt == "trig" else None)
