"""SPARQL over a built graph file: pyoxigraph by default, rdflib on request.

A query is a SPARQL string, a .rq file, or the name of a canned query in
ontology/queries/. A query's parameters are its ``$`` variables (``$region``); values given
for them (`--param region=广东省`, several at once too) are bound with one trailing VALUES
clause, as Chinese literals, and a name the query lacks is an error. Updates of every
kind are refused: the graph file is the source of truth.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph

from kg.errors import KgError
from kg.model import RDF_SUFFIXES
from kg.store import is_store, open_store

# Comments, string literals and IRIs, which may hold anything, blanked before the query is read.
_OPAQUE = re.compile(r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')
_UPDATE = re.compile(r"\s*(?:(?:PREFIX\s*[\w.-]*:|BASE)\s*<\s*>\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


@dataclass
class Result:
    """Rows of a SELECT, the answer of an ASK, or the triples (as N-Triples text) of a CONSTRUCT."""

    kind: str
    variables: list[str]
    rows: list[list[str]]
    boolean: bool | None = None
    triples: str = ""


def canned_queries() -> dict[str, tuple[str, str]]:
    """Name → (description, text) of the queries shipped in ontology/queries/."""
    folder = resources.files("kg") / "ontology" / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            description = text.splitlines()[0].lstrip("# ").strip() if text.startswith("#") else ""
            found[entry.name.removesuffix(".rq")] = (description, text)
    return found


def _blanked(text: str) -> str:
    """The query with comments, strings and IRIs emptied, so that only its keywords and variables
    remain; every character keeps its offset (a comment becomes spaces, "…" becomes "   ")."""
    def blank(match: re.Match) -> str:
        token = match.group()
        if token.startswith("#"):
            return " " * len(token)
        return token[0] + " " * (len(token) - 2) + token[-1]

    return _OPAQUE.sub(blank, text)


def query_parameters(text: str) -> list[str]:
    """The names of a query's parameters: its variables written with ``$``."""
    return _parameters(_blanked(text))


def _parameters(blanked: str) -> list[str]:
    return sorted(set(_PARAMETER.findall(blanked)))


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """NAME=VALUE pairs → {name: value}; KgError on a pair without ``=`` or a name given twice."""
    bound: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise KgError(f"--param takes NAME=VALUE, not {pair}")
        if name in bound:
            raise KgError(f"--param {name} is given twice")
        bound[name] = value
    return bound


def resolve_query(query: str, params: dict[str, str]) -> str:
    """The SPARQL text of a query (text, .rq file or canned name) with the parameters bound."""
    canned = canned_queries()
    if query in canned:
        text = canned[query][1]
    elif query.endswith(".rq") and Path(query).is_file():
        text = Path(query).read_text(encoding="utf-8")
    elif query.endswith(".rq"):
        raise KgError(f"{query}: no such query file")
    else:
        text = query
    blanked = _blanked(text)
    if _UPDATE.match(blanked):
        raise KgError("updates are not allowed: kg query reads the graph, it does not change it")
    if not params:
        return text
    known = _parameters(blanked)
    unknown = sorted(set(params) - set(known))
    if unknown:
        takes = f"its parameters are {', '.join(known)}" if known else "it has no parameters ($ variables)"
        raise KgError(f"unknown parameter {', '.join(unknown)}: {takes}")
    names = sorted(params)
    values = " ".join(f"{json.dumps(params[name], ensure_ascii=False)}@zh" for name in names)
    clause = f"VALUES ({' '.join('?' + name for name in names)}) {{ ({values}) }}"
    # First in the outer WHERE group, so that the store looks up only what the values reach
    # (a trailing VALUES is joined after the whole pattern is matched: 100 × slower on a store).
    where = _WHERE.search(blanked)
    if where:
        return f"{text[:where.end()]}\n  {clause}\n{text[where.end():]}"
    return f"{text}\n{clause}\n"


def _term(term) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def _load_oxigraph(graph_file: Path) -> pyoxigraph.Store:
    """The store folder opened read-only, or the graph file loaded into an in-memory store."""
    if is_store(graph_file):
        return open_store(graph_file)
    suffix = graph_file.suffix.lower()
    if suffix not in RDF_SUFFIXES.values():
        raise KgError(f"{graph_file}: not an RDF file (expected {', '.join(RDF_SUFFIXES.values())})")
    if not graph_file.is_file():
        raise KgError(f"{graph_file}: no such file")
    store = pyoxigraph.Store()
    try:
        store.bulk_load(path=str(graph_file), format=pyoxigraph.RdfFormat.from_extension(suffix[1:]))
    except (SyntaxError, ValueError, OSError) as err:
        raise KgError(f"{graph_file}: cannot load: {str(err).splitlines()[0]}") from None
    return store


def run_oxigraph(graph_file: Path, text: str) -> Result:
    store = _load_oxigraph(graph_file)
    try:
        answer = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as err:
        raise KgError(f"SPARQL syntax error: {str(err).splitlines()[0]}") from None
    if isinstance(answer, pyoxigraph.QueryBoolean):
        return Result("ask", [], [], boolean=bool(answer))
    if isinstance(answer, pyoxigraph.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [[_term(solution[v]) for v in variables] for solution in answer]
        return Result("select", variables, rows)
    triples = "".join(f"{t}\n" for t in answer)
    return Result("construct", [], [], triples=triples)


def run_rdflib(graph_file: Path, text: str) -> Result:
    from kg.validate import load_rdf  # rdflib, loaded only for this engine

    graph = load_rdf(graph_file)
    try:
        answer = graph.query(text)
    except Exception as err:  # pyparsing raises its own exception types
        raise KgError(f"SPARQL syntax error: {str(err).splitlines()[0]}") from None
    if answer.type == "ASK":
        return Result("ask", [], [], boolean=bool(answer.askAnswer))
    if answer.type == "SELECT":
        variables = [str(v) for v in answer.vars]
        return Result("select", variables, [[_term(row[v]) if row[v] is not None else "" for v in variables]
                                            for row in answer])
    return Result("construct", [], [], triples=answer.graph.serialize(format="nt"))


def run_query(graph_file: Path, query: str, params: dict[str, str] | None = None, engine: str = "oxigraph") -> Result:
    text = resolve_query(query, params or {})
    if engine == "rdflib":
        if graph_file.suffix.lower() not in RDF_SUFFIXES.values() and not is_store(graph_file):
            raise KgError(f"{graph_file}: not an RDF file")
        return run_rdflib(graph_file, text)
    return run_oxigraph(graph_file, text)


def format_result(result: Result, fmt: str) -> str:
    """Render a result as an aligned table, CSV, TSV or JSON."""
    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else f"{str(result.boolean).lower()}\n"
    if result.kind == "construct":
        return result.triples
    if fmt == "json":
        return json.dumps([dict(zip(result.variables, row)) for row in result.rows], ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(result.rows)
        return out.getvalue()
    return _table(result.variables, result.rows)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _table(header: list[str], rows: list[list[str]]) -> str:
    cells = [header] + [[cell.replace("\n", " ") for cell in row] for row in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for number, row in enumerate(cells):
        lines.append("  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines) + "\n"
