"""The RDF form of the merged graph, following kg/ontology/union.ttl.

Entities and their relations go in the default graph; each relation's evidence (a reified
statement with the sentence and offsets) goes in the named graph of its article, so a
TriG or N-Quads file keeps one graph per article. The graph's base IRI is recorded as the
`void:uriSpace` of a `void:Dataset`, so readers need not be told it.

`statements` is the one mapping: it yields the graph as blocks of (predicate, object)
pairs per subject, in a stable order. `write_rdf` streams the blocks as Turtle, TriG,
N-Quads, N-Triples or JSON-LD text to files in one pass; `to_quads` turns them into
pyoxigraph quads, `to_dataset` into an rdflib Dataset, and `from_rdf` maps an RDF graph
back to networkx.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, NamedTuple
from urllib.parse import quote, unquote

import networkx as nx
import orjson
import pyoxigraph

from kg.model import DEFAULT_BASE, ENTITY_FIELDS, RDF_SUFFIXES, TYPE_NAMES, Evidence

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

PREFIXES = {"kgo": "https://w3id.org/kg-union/ontology#", "org": "http://www.w3.org/ns/org#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
            "dcterms": "http://purl.org/dc/terms/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#", "schema": "https://schema.org/", "void": "http://rdfs.org/ns/void#"}
KGO, RDF, XSD, DCTERMS, PROV, VOID = (PREFIXES[p] for p in ("kgo", "rdf", "xsd", "dcterms", "prov", "void"))
RDF_TYPE = f"{RDF}type"
PREDICATES = {
    "locatedIn": f"{KGO}locatedIn",
    "organizes": f"{KGO}organizes",
    "participatesIn": f"{KGO}participatesIn",
    "subOrganizationOf": f"{PREFIXES['org']}subOrganizationOf",
    "worksFor": f"{KGO}worksFor",
    "partOf": f"{KGO}partOf",
}
FORMATS = {fmt: pyoxigraph.RdfFormat.from_extension(suffix[1:]) for fmt, suffix in RDF_SUFFIXES.items()}
_DATATYPES = {"count": f"{XSD}integer", "year": f"{XSD}gYear"}
# The predicates of a relation's evidence (a reified statement), and its offsets' datatype.
_EVIDENCE, _SENTENCE, _START, _END, _INFERRED, _RULE = (
    f"{KGO}{name}" for name in ("Evidence", "sentence", "startOffset", "endOffset", "inferred", "rule"))
_SUBJECT, _PREDICATE, _OBJECT = (f"{RDF}{name}" for name in ("subject", "predicate", "object"))
_DERIVED_FROM, _INTEGER = f"{PROV}wasDerivedFrom", f"{XSD}integer"
_ARTICLE_FIELDS = (("title", f"{DCTERMS}title", "zh"), ("date", f"{DCTERMS}date", ""), ("url", "https://schema.org/url", ""))


class Literal(NamedTuple):
    """An RDF literal: a language-tagged string, a typed value, or (neither) an xsd:string."""

    value: str
    language: str = ""
    datatype: str = ""


Term = str | Literal  # an IRI, or a literal
Block = tuple[str, str, list[tuple[str, Term]]]  # (named graph IRI, "" for the default graph; subject; pairs)


def node_iri(base: str, node_id: str) -> str:
    kind, _, key = node_id.partition(":")
    return f"{base}{kind}/{quote(key, safe='')}"


def article_iri(base: str, article_id: str) -> str:
    return f"{base}article/{quote(article_id, safe='')}"


def graph_base(graph: nx.MultiDiGraph, base: str | None = None) -> str:
    """The base IRI given, else the one the graph records, else the default."""
    return base or graph.graph.get("base") or DEFAULT_BASE


def statements(graph: nx.MultiDiGraph, base: str | None = None) -> Iterator[Block]:
    """The mapping: the graph as blocks of statements, one per subject, in a stable order (the
    dataset, articles, entities with their relations, then the evidence of each relation)."""
    base = graph_base(graph, base)
    yield "", base, [(RDF_TYPE, f"{VOID}Dataset"), (f"{VOID}uriSpace", Literal(base))]
    articles = {article_id: article_iri(base, article_id) for article_id in sorted(graph.graph.get("articles", {}))}
    nodes = {node_id: node_iri(base, node_id) for node_id in sorted(graph)}
    for article_id, iri in articles.items():
        info = graph.graph["articles"][article_id]
        pairs: list[tuple[str, Term]] = [(RDF_TYPE, f"{KGO}Article"), (f"{DCTERMS}source", Literal(info["doc"]))]
        pairs += [(predicate, Literal(info[key], language)) for key, predicate, language in _ARTICLE_FIELDS
                  if info.get(key)]
        yield "", iri, pairs
    for node_id, data in sorted(graph.nodes(data=True)):
        pairs = [(RDF_TYPE, f"{KGO}{data['type']}")]
        for field in ENTITY_FIELDS:
            if data["type"] not in field.types or field.name not in data:
                continue
            value = data[field.name]
            if field.kind == "articles":
                pairs += [(field.predicate, articles[article]) for article in value]
            elif field.kind == "texts":
                pairs += [(field.predicate, Literal(item, "zh" if field.chinese else "")) for item in value]
            elif value != "" or field.kind == "count":
                pairs.append((field.predicate, Literal(str(value), "zh" if field.chinese else "",
                                                       _DATATYPES.get(field.kind, ""))))
        pairs += [(PREDICATES[predicate], nodes[target])
                  for _, target, predicate in sorted(graph.out_edges(node_id, keys=True))]
        yield "", nodes[node_id], pairs
    for source, target, predicate, data in sorted(graph.edges(keys=True, data=True)):
        subject, obj, relation = nodes[source], nodes[target], PREDICATES[predicate]
        inferred = Literal("true" if data.get("inferred") else "false", "", f"{XSD}boolean")
        current: Block | None = None  # evidence at the same place (adjacent, in order) shares one statement
        for evidence in data.get("evidence", []):
            digest = hashlib.sha1(f"{source}|{predicate}|{target}|{evidence.article}|{evidence.start}".encode()).hexdigest()
            statement = f"{base}evidence/{digest[:20]}"
            article = articles.get(evidence.article) or article_iri(base, evidence.article)
            pairs = [(RDF_TYPE, _EVIDENCE), (_SUBJECT, subject), (_PREDICATE, relation), (_OBJECT, obj),
                     (_DERIVED_FROM, article), (_SENTENCE, Literal(evidence.sentence, "zh")),
                     (_START, Literal(str(evidence.start), "", _INTEGER)), (_END, Literal(str(evidence.end), "", _INTEGER)),
                     (_INFERRED, inferred)]
            if evidence.rule:
                pairs.append((_RULE, Literal(evidence.rule)))
            if current is not None and current[1] == statement:
                current[2].extend(pair for pair in pairs if pair not in current[2])
                continue
            if current is not None:
                yield current
            current = (article, statement, pairs)
        if current is not None:
            yield current


def _pyoxigraph_term(term: Term):
    if isinstance(term, str):
        return pyoxigraph.NamedNode(term)
    if term.language:
        return pyoxigraph.Literal(term.value, language=term.language)
    if term.datatype:
        return pyoxigraph.Literal(term.value, datatype=pyoxigraph.NamedNode(term.datatype))
    return pyoxigraph.Literal(term.value)


def iter_quads(graph: nx.MultiDiGraph, base: str | None = None) -> Iterator[pyoxigraph.Quad]:
    """The graph as pyoxigraph quads, one subject after another (a stream, for a store's bulk load)."""
    default = pyoxigraph.DefaultGraph()
    for graph_name, subject, pairs in statements(graph, base):
        context = pyoxigraph.NamedNode(graph_name) if graph_name else default
        node = pyoxigraph.NamedNode(subject)
        for predicate, obj in pairs:
            yield pyoxigraph.Quad(node, pyoxigraph.NamedNode(predicate), _pyoxigraph_term(obj), context)


def to_quads(graph: nx.MultiDiGraph, base: str | None = None) -> list[pyoxigraph.Quad]:
    """The graph as pyoxigraph quads, sorted, for pushes and pyoxigraph's serialisers."""
    return sorted(iter_quads(graph, base), key=str)


def _escaped(value: str) -> str:
    if '"' in value or "\\" in value or "\n" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return value


def _ntriples_term(term: Term) -> str:
    if isinstance(term, str):
        return f"<{term}>"
    if term.language:
        return f'"{_escaped(term.value)}"@{term.language}'
    if term.datatype:
        return f'"{_escaped(term.value)}"^^<{term.datatype}>'
    return f'"{_escaped(term.value)}"'


_CURIES = {f"{namespace}{local}": f"{prefix}:{local}" for prefix, namespace in PREFIXES.items()
           for local in ("type", "subject", "predicate", "object", "integer", "boolean", "gYear", "Dataset",
                         "uriSpace", "source", "title", "date", "url", "wasDerivedFrom", "subOrganizationOf",
                         *(f.predicate.rpartition("#")[2].rpartition("/")[2] for f in ENTITY_FIELDS),
                         *(p.rpartition("#")[2] for p in PREDICATES.values()),
                         "sentence", "startOffset", "endOffset", "inferred", "rule", "Article", "Evidence", *TYPE_NAMES)}
_CURIES[RDF_TYPE] = "a"


def _turtle_term(term: Term) -> str:
    if isinstance(term, str):
        return _CURIES.get(term) or f"<{term}>"
    if term.language:
        return f'"{_escaped(term.value)}"@{term.language}'
    if term.datatype:
        return f'"{_escaped(term.value)}"^^{_CURIES.get(term.datatype) or f"<{term.datatype}>"}'
    return f'"{_escaped(term.value)}"'


def _turtle_block(subject: str, pairs: list[tuple[str, Term]]) -> str:
    return f"<{subject}> " + " ;\n\t".join(f"{_CURIES.get(p) or f'<{p}>'} {_turtle_term(o)}" for p, o in pairs) + " .\n"


def _jsonld_node(subject: str, pairs: list[tuple[str, Term]]) -> dict:
    """The expanded JSON-LD node object of a subject."""
    node: dict = {"@id": subject}
    for predicate, obj in pairs:
        if predicate == RDF_TYPE:
            value: str | dict[str, str] = obj
            predicate = "@type"
        elif isinstance(obj, str):
            value = {"@id": obj}
        elif obj.language:
            value = {"@value": obj.value, "@language": obj.language}
        elif obj.datatype:
            value = {"@value": obj.value, "@type": obj.datatype}
        else:
            value = {"@value": obj.value}
        node.setdefault(predicate, []).append(value)
    return node


def write_rdf(graph: nx.MultiDiGraph, outputs: dict[str, IO[str]], base: str | None = None,
              on_block: Callable[[], None] | None = None) -> None:
    """Write the graph in each format of `outputs` (format → text file) in one pass over
    `statements`. Turtle, N-Triples hold every triple in one graph; TriG, N-Quads and JSON-LD
    (expanded) keep the article graphs. `on_block` is called after each subject's block."""
    prefixes = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items()) + "\n"
    for fmt, out in outputs.items():
        if fmt in ("turtle", "trig"):
            out.write(prefixes)
        elif fmt == "jsonld":
            out.write("[")
    first = True
    for graph_name, subject, pairs in statements(graph, base):
        turtle = _turtle_block(subject, pairs) if "turtle" in outputs or "trig" in outputs else ""
        for fmt, out in outputs.items():
            if fmt == "turtle":
                out.write(turtle)
            elif fmt == "trig":
                out.write(f"<{graph_name}> {{\n{turtle}}}\n" if graph_name else turtle)
            elif fmt in ("nquads", "ntriples"):
                end = f" <{graph_name}> .\n" if graph_name and fmt == "nquads" else " .\n"
                out.write("".join(f"<{subject}> <{p}> {_ntriples_term(o)}{end}" for p, o in pairs))
            else:
                node = _jsonld_node(subject, pairs)
                item = {"@id": graph_name, "@graph": [node]} if graph_name else node
                out.write(("\n" if first else ",\n") + orjson.dumps(item).decode())
        first = False
        if on_block:
            on_block()
    for fmt, out in outputs.items():
        if fmt == "jsonld":
            out.write("\n]\n")


def to_dataset(graph: nx.MultiDiGraph, base: str | None = None) -> Dataset:
    """The rdflib view of `to_quads`, for code that works with rdflib."""
    from rdflib import Dataset, URIRef

    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for quad in to_quads(graph, base):
        context = None if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else URIRef(quad.graph_name.value)
        target = dataset.default_graph if context is None else dataset.graph(context)
        target.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
    return dataset


def _to_rdflib(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == f"{XSD}string" else URIRef(datatype))


def _node_id(base: str, iri) -> str:
    kind, _, key = str(iri).removeprefix(base).partition("/")
    return f"{kind}:{unquote(key)}"


def _article_id(base: str, iri) -> str:
    return unquote(str(iri).removeprefix(f"{base}article/"))


def recorded_base(data: Graph) -> str:
    """The base IRI an RDF graph records (`void:uriSpace`), else the default."""
    from rdflib import URIRef

    value = next(data.objects(None, URIRef(f"{VOID}uriSpace")), None)
    return str(value) if value is not None else DEFAULT_BASE


def from_rdf(data: Graph, base: str | None = None) -> nx.MultiDiGraph:
    """The networkx graph an RDF graph (as written by `write_rdf`, named graphs merged)
    describes; the base IRI is the one it records unless given."""
    from rdflib import URIRef

    base = base or recorded_base(data)

    def iri(value: str) -> URIRef:
        return URIRef(value)

    def value_of(subject, predicate: str):
        return data.value(subject, iri(predicate))

    graph = nx.MultiDiGraph()
    graph.graph["base"] = base
    graph.graph["articles"] = {}
    rdf_type = iri(RDF_TYPE)
    for article in sorted(data.subjects(rdf_type, iri(f"{KGO}Article"))):
        info = {"doc": str(value_of(article, f"{DCTERMS}source") or "")}
        info.update({key: str(value_of(article, predicate) or "") for key, predicate, _ in _ARTICLE_FIELDS})
        graph.graph["articles"][_article_id(base, article)] = info
    for kind in TYPE_NAMES:
        for subject in sorted(data.subjects(rdf_type, iri(f"{KGO}{kind}"))):
            node: dict = {"type": kind}
            for field in ENTITY_FIELDS:
                if kind not in field.types:
                    continue
                values = sorted(str(v) for v in data.objects(subject, iri(field.predicate)))
                if field.kind == "articles":
                    node[field.name] = sorted(_article_id(base, v) for v in values)
                elif field.kind == "texts":
                    node[field.name] = values
                elif field.kind == "count":
                    node[field.name] = int(values[0]) if values else 0
                elif values:
                    node[field.name] = values[0]
            graph.add_node(_node_id(base, subject), **node)
    names = {iri(predicate): name for name, predicate in PREDICATES.items()}
    for subject, predicate, obj in sorted(data):
        if predicate in names and subject != obj and isinstance(obj, URIRef):
            graph.add_edge(_node_id(base, subject), _node_id(base, obj), key=names[predicate],
                           predicate=names[predicate], inferred=False, evidence=[])
    for evidence in data.subjects(rdf_type, iri(f"{KGO}Evidence")):
        key = names[value_of(evidence, f"{RDF}predicate")]
        edge = graph.edges[_node_id(base, value_of(evidence, f"{RDF}subject")),
                           _node_id(base, value_of(evidence, f"{RDF}object")), key]
        edge["evidence"].append(Evidence(_article_id(base, value_of(evidence, f"{PROV}wasDerivedFrom")),
                                         str(value_of(evidence, f"{KGO}sentence")),
                                         int(value_of(evidence, f"{KGO}startOffset")),
                                         int(value_of(evidence, f"{KGO}endOffset")),
                                         str(value_of(evidence, f"{KGO}rule") or "")))
        edge["inferred"] = bool(value_of(evidence, f"{KGO}inferred").toPython())
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
