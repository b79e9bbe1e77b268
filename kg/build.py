"""The one build: sources → articles → extractions → graph → output files, as a stream.

Documents are read one at a time and handed to an extraction engine, which maps
`extract_document` over them and yields the results in input order (`LocalEngine`: this
process or a pool of processes; any object with the same `map` method will do, such as a
Dask cluster). Each result is written to ``extractions.jsonl`` as it arrives and folded
into the graph as compact records; the graph files are written at the end.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from kg.corpus import Document, bundled_corpus, read_documents
from kg.errors import KgError
from kg.extract import document_record
from kg.model import DEFAULT_BASE, Extraction
from kg.output import write_atomic
from kg.pipeline import extract_articles

T = TypeVar("T")
OUTPUT_FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml", "graph.html", "extractions.jsonl")


@dataclass
class ExtractedDocument:
    """What extraction yields for one document: its name and its articles' extractions."""

    name: str
    extractions: list[Extraction]


def extract_document(document: Document) -> ExtractedDocument:
    """Extract one document (the task an engine maps; a pure function of the document)."""
    return ExtractedDocument(document.name, extract_articles(document.articles))


class ExtractionEngine(Protocol):
    """Maps a task over documents and yields the results in the documents' order."""

    def map(self, task: Callable[[Document], T], documents: Iterable[Document]) -> Iterator[T]: ...


class LocalEngine:
    """This process (one worker) or a pool of worker processes on this machine."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers

    def map(self, task: Callable[[Document], T], documents: Iterable[Document]) -> Iterator[T]:
        if self.workers <= 1:
            yield from map(task, documents)
            return
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            yield from pool.map(task, documents, chunksize=4)


def sources_or_bundled(paths: Iterable[str]) -> list[str]:
    """The paths given, or the bundled sample corpus when there are none."""
    return list(paths) or [str(p) for p in bundled_corpus()]


def extract_stream(paths: Iterable[str], engine: ExtractionEngine | None = None, skip_bad: bool = False,
                   report: Callable[[str], None] = print) -> Iterator[ExtractedDocument]:
    """Every document of the sources, extracted, in order; KgError if nothing is readable."""
    documents = read_documents(sources_or_bundled(paths), skip_bad=skip_bad, report=report)
    seen = False
    for result in (engine or LocalEngine()).map(extract_document, documents):
        seen = True
        yield result
    if not seen:
        raise KgError("no readable input")


@dataclass
class BuildSummary:
    """What a build made."""

    documents: int
    articles: int
    nodes: int
    edges: int
    out_dir: Path


def build(paths: Iterable[str] = (), out_dir: Path | str = "out", base_iri: str = DEFAULT_BASE,
          engine: ExtractionEngine | None = None, skip_bad: bool = False,
          report: Callable[[str], None] = print,
          on_document: Callable[[ExtractedDocument], None] | None = None,
          store: Path | str | None = None) -> BuildSummary:
    """Build the knowledge graph of `paths` (default: the bundled corpus) into `out_dir`, and add
    it to the on-disk Oxigraph store in `store` if given (see `kg.store`)."""
    from kg.export.files import export_file  # the graph's modules, which extraction alone does not need
    from kg.graph import GraphBuilder
    from kg.rdf import serialize, to_quads
    from kg.render import render_html, select_subgraph
    from kg.store import add_to_store

    out_dir = Path(out_dir)
    builder = GraphBuilder()
    records = []
    documents = 0
    for result in extract_stream(paths, engine, skip_bad, report):
        documents += 1
        records.append(json.dumps(document_record(result.name, result.extractions), ensure_ascii=False) + "\n")
        for extraction in result.extractions:
            builder.add(extraction)
        if on_document:
            on_document(result)
    graph = builder.graph()
    drawn, note = select_subgraph(graph)
    quads = to_quads(graph, base_iri)
    if store is not None:
        add_to_store(Path(store), quads)
    files = {
        "graph.ttl": serialize(quads, "turtle"),
        "graph.trig": serialize(quads, "trig"),
        "graph.jsonld": serialize(quads, "jsonld"),
        **export_file(graph, "graphml", base_iri),
        "graph.html": render_html(drawn, title=f"kg: {documents} documents", note=note),
        "extractions.jsonl": "".join(records),
    }
    for name, data in files.items():
        write_atomic(out_dir / name, data)
    return BuildSummary(documents, len(graph.graph["articles"]), graph.number_of_nodes(), graph.number_of_edges(),
                        out_dir)

