"""The one build: sources → articles → extractions → graph → output files, as a stream.

Documents are read one at a time and handed to an extraction engine, which maps an
`ExtractTask` over them and yields the results in input order: `LocalEngine` runs it in
this process or in a pool of worker processes; any object with the same `map` method will
do (`kg.dask_engine.DaskEngine` maps it over a Dask cluster). The task looks a document up
in the extraction cache (`kg.cache`) before extracting it. Each result is written to
``extractions.jsonl`` as it arrives and folded into the merge as compact records (no
article text, no spaCy Doc), then dropped; the graph files are then streamed from the merged graph.
Everything is written into a fresh folder beside the target, which is swapped in whole at
the end: readers see the old set of files or the new one, never a mix.
"""
from __future__ import annotations

import ctypes
import errno
import gc
import glob
import os
import shutil
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, Protocol, TypeVar

import orjson

from kg.cache import ExtractionCache, document_key
from kg.corpus import Document, bundled_corpus, expand_paths, read_documents
from kg.errors import KgError
from kg.extract import document_record, extract_document
from kg.model import DEFAULT_BASE, RDF_SUFFIXES, Extraction
from kg.output import check_output_folder, process_gone, release_signals, signals_end_cleanly, signals_held

if TYPE_CHECKING:  # networkx is loaded by the stages that build the graph, not by extraction
    import networkx as nx

T = TypeVar("T")
# How much of a document's extractions comes back with its record: none ("record", all that
# kg extract writes), "compact" (no article text and no mentions, which the record holds:
# what the merge reads) or "full" (what --explain prints).
Keep = Literal["record", "compact", "full"]
OUTPUT_FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml", "graph.html", "extractions.jsonl")
_RDF_FILES = {f"graph{RDF_SUFFIXES[fmt]}": fmt for fmt in ("turtle", "trig", "jsonld")}


@dataclass
class ExtractedDocument:
    """What extraction yields for one document: its line of ``extractions.jsonl`` and its
    articles' extractions, as much of them as the caller keeps (see `Keep`)."""

    name: str
    articles: int
    size: int  # bytes of text (UTF-8), for progress
    record: str
    extractions: list[Extraction]
    cached: bool = False
    failure: str = ""  # why extraction failed: a fault of kg's, named in one line instead of a traceback

    @classmethod
    def failed(cls, document: Document, error: Exception) -> ExtractedDocument:
        """The result of a document whose extraction raised `error`: no record, the failure named."""
        return cls(document.name, len(document.articles), _text_size(document), "", [], failure=f"extraction failed ({type(error).__name__}: {error})")

    @classmethod
    def of(cls, document: Document, keep: Keep = "compact") -> ExtractedDocument:
        """Extract one document: a pure function of the document."""
        extractions = extract_document(document)
        record = orjson.dumps(document_record(document.name, extractions)).decode() + "\n"
        if keep == "record":
            extractions = []
        elif keep == "compact":
            extractions = [replace(e, article=replace(e.article, text="", breaks=[]), mentions=[]) for e in extractions]
        return cls(document.name, len(document.articles), _text_size(document), record, extractions)


def _text_size(document: Document) -> int:
    """The bytes of a document's text (UTF-8), by which progress is counted."""
    return sum(len(article.text.encode()) for article in document.articles)


class ExtractTask:
    """The task an engine maps over documents: `ExtractedDocument.of` through the cache, if any
    (which keeps compact results). Picklable, so that it can run in other processes or on
    other machines."""

    def __init__(self, cache: ExtractionCache | None = None, keep: Keep = "compact") -> None:
        self.cache = cache if keep != "full" else None
        self.keep = keep

    def prepare(self) -> None:
        """Load the pipeline here, before worker processes fork, so that they share it."""
        from kg.pipeline import load_pipeline

        load_pipeline()

    def __call__(self, document: Document) -> ExtractedDocument:
        try:
            return self._extract(document)
        except Exception as error:  # noqa: BLE001 (a fault of kg's on one document ends no batch with a traceback)
            return ExtractedDocument.failed(document, error)

    def _extract(self, document: Document) -> ExtractedDocument:
        if self.cache is None:
            return ExtractedDocument.of(document, self.keep)
        key = document_key(document)
        result = self.cache.get(key)
        if isinstance(result, ExtractedDocument):
            result = replace(result, cached=True)
        else:
            result = ExtractedDocument.of(document)
            self.cache.put(key, result)
        return replace(result, extractions=[]) if self.keep == "record" else result


class ExtractionEngine(Protocol):
    """Maps a task over documents and yields the results in the documents' order."""

    def map(self, task: Callable[[Document], T], documents: Iterable[Document]) -> Iterator[T]: ...


def _run_batch(task: Callable[[Document], T], batch: list[Document]) -> list[T]:
    return [task(document) for document in batch]


def _worker_start(parent: int) -> None:
    """In each worker process: end with the parent (Linux: PR_SET_PDEATHSIG), and leave
    Ctrl-C to the parent, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in (signal.SIGTERM, signal.SIGHUP):  # not the parent's handlers, which a fork copies
        signal.signal(number, signal.SIG_DFL)
    release_signals()  # held by the parent while it forked
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)


def _batches(documents: Iterable[Document], characters: int) -> Iterator[list[Document]]:
    """The documents in lists of at least `characters` of text (the last one may hold less)."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += sum(len(article.text) for article in document.articles)
        if size >= characters:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class LocalEngine:
    """This process (one worker) or a pool of `workers` processes (default: one per core).

    The pool gets documents in batches of about `batch_characters` of text and holds a few
    batches per worker at a time, so memory stays bounded; results come back in input order.
    Input that fills a single batch is extracted here, without a pool.
    A task's `prepare()`, if it has one, runs first, in this process, so that the workers
    (forked) start with what it loads. Workers end with the parent, on a signal too."""

    def __init__(self, workers: int | None = None, batch_characters: int = 50_000) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.batch_characters = batch_characters

    def map(self, task: Callable[[Document], T], documents: Iterable[Document]) -> Iterator[T]:
        if self.workers <= 1:
            yield from map(task, documents)
            return
        from concurrent.futures import ProcessPoolExecutor

        batches = _batches(documents, self.batch_characters)
        first, second = next(batches, []), next(batches, None)
        if second is None:  # a single batch is not worth starting a pool
            yield from map(task, first)
            return
        if hasattr(task, "prepare"):
            task.prepare()  # once here, not once per worker
        pool = ProcessPoolExecutor(self.workers, initializer=_worker_start, initargs=(os.getpid(),))
        pending: deque = deque()
        try:
            with signals_held():  # the first submit forks the workers, and a signal must not land inside a fork
                pending.append(pool.submit(_run_batch, task, first))
            for batch in chain((second,), batches):
                pending.append(pool.submit(_run_batch, task, batch))
                if len(pending) >= 3 * self.workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def sources_or_bundled(paths: Iterable[str]) -> list[str]:
    """The paths given, or the bundled sample corpus when there are none."""
    return list(paths) or [str(p) for p in bundled_corpus()]


def extract_stream(paths: Iterable[str], engine: ExtractionEngine | None = None,
                   cache: ExtractionCache | None = None, skip_bad: bool = False,
                   report: Callable[[str], None] = print, keep: Keep = "compact",
                   strict: bool = False, progress: Progress | None = None) -> Iterator[ExtractedDocument]:
    """Every document of the sources, extracted, in order; KgError if nothing is readable.
    `keep` says how much of the extractions come with the records; with `strict`, two inputs
    with the same article id are an error rather than a warning; `progress` shows the step."""
    sources = sources_or_bundled(paths)
    documents = read_documents(sources, skip_bad=skip_bad, report=report, strict=strict)
    seen = False
    progress = progress or Progress(enabled=False)
    with progress.step("extracting", "articles", _source_bytes(sources) if progress.enabled else None) as advance:
        for result in (engine or LocalEngine(1)).map(ExtractTask(cache, keep), documents):
            seen = True
            advance(result.articles, result.size)
            if result.failure and not skip_bad:
                raise KgError(f"{result.name}: {result.failure}; --skip-bad goes on without it")
            if result.failure:
                report(f"{result.name}: {result.failure}")
                continue
            yield result
    if not seen:
        raise KgError("no readable input")


class Progress:
    """Progress of the build's long steps on a stream (stderr): how far, how fast, and the time
    left when the total is known. Redrawn in place on a terminal; one line a step otherwise."""

    def __init__(self, stream: IO[str] | None = None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.live = enabled and self.stream.isatty()

    @contextmanager
    def step(self, label: str, unit: str, total: float | None = None) -> Iterator[Callable[[int, float], None]]:
        """A step; the callable it gives takes (items done, amount done towards `total`)."""
        start = last = time.monotonic()
        state = [0, 0.0]

        def line() -> str:
            elapsed = max(time.monotonic() - start, 1e-9)
            text = f"{label}: {state[0]:,} {unit}, {state[0] / elapsed:,.0f} {unit}/s"
            if total:
                fraction = min(state[1] / total, 1.0)
                left = elapsed * (1 - fraction) / fraction if fraction else 0
                text += f", {fraction:.0%}, ETA {int(left) // 60}:{int(left) % 60:02d}"
            return text

        def advance(items: int = 1, amount: float = 0.0) -> None:
            nonlocal last
            state[0] += items
            state[1] += amount
            if self.live and time.monotonic() - last > 0.2:
                last = time.monotonic()
                self.stream.write(f"\r\033[K{line()}")
                self.stream.flush()

        yield advance
        if self.enabled:
            elapsed = time.monotonic() - start
            clear = "\r\033[K" if self.live else ""
            self.stream.write(f"{clear}{label}: {state[0]:,} {unit} "
                              f"in {elapsed:.1f} s ({state[0] / max(elapsed, 1e-9):,.0f} {unit}/s)\n")
            self.stream.flush()


@dataclass
class BuildSummary:
    """What a build made."""

    documents: int
    articles: int
    extracted: int  # documents extracted (the others came from the cache)
    nodes: int
    edges: int
    out_dir: Path


def _check_target(out_dir: Path) -> None:
    """Refuse to replace a folder that holds anything but a build's files."""
    if out_dir.exists():
        if not out_dir.is_dir():
            raise KgError(f"{out_dir}: exists and is not a folder")
        others = sorted(p.name for p in out_dir.iterdir() if p.name not in OUTPUT_FILES)
        if others:
            raise KgError(f"{out_dir}: holds files a build did not write ({', '.join(others[:3])}); "
                          "choose an empty folder or a build's output folder")


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Put `staging` in the place of `out_dir` in one step (renameat2 RENAME_EXCHANGE on
    Linux), then remove the old folder."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    libc = ctypes.CDLL(None, use_errno=True)
    exchanged = hasattr(libc, "renameat2") and libc.renameat2(-100, os.fsencode(staging), -100,
                                                              os.fsencode(out_dir), 2) == 0  # AT_FDCWD, EXCHANGE
    if not exchanged:
        if ctypes.get_errno() not in (0, errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(out_dir))
        old = staging.with_name(staging.name + ".old")
        os.rename(out_dir, old)
        os.rename(staging, out_dir)
        staging = old
    shutil.rmtree(staging, ignore_errors=True)


def _remove_stale_staging(out_dir: Path) -> None:
    """Remove the temporary folders of builds of `out_dir` that were killed (their process is gone)."""
    for stale in out_dir.parent.glob(f".{glob.escape(out_dir.name)}.building-*"):
        pid = stale.name.rpartition("-")[2]
        if pid.isdigit() and process_gone(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


def check_base_iri(base_iri: str) -> str:
    """The base IRI, if it is an absolute IRI that resource names can follow; else KgError."""
    import re

    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*[/#:]", base_iri):
        raise KgError(f"--base-iri: {base_iri!r} is not an absolute IRI ending in /, # or :")
    return base_iri


def build(paths: Iterable[str] = (), out_dir: Path | str = "out", base_iri: str = DEFAULT_BASE,
          engine: ExtractionEngine | None = None, cache: ExtractionCache | None = None, skip_bad: bool = False,
          report: Callable[[str], None] = print, progress: Progress | None = None,
          store: Path | str | None = None, strict: bool = False) -> BuildSummary:
    """Build the knowledge graph of `paths` (default: the bundled corpus) into `out_dir`.

    `engine` extracts (default: one process), `cache` skips documents extracted before,
    `progress` reports the steps, `store` also adds the graph to the on-disk Oxigraph store
    in that folder (see `kg.store`). Signals and errors leave `out_dir` as it was."""
    out_dir = Path(out_dir)
    check_base_iri(base_iri)
    check_output_folder(out_dir)
    _check_target(out_dir)
    target = Path(os.path.realpath(out_dir))  # a symbolic link stays, and the folder it points to gets the build
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(target)
    staging = target.with_name(f".{target.name}.building-{os.getpid()}")
    with signals_end_cleanly():
        try:
            try:
                staging.mkdir()
                summary = _build_into(staging, paths, base_iri, engine, cache, skip_bad, report,
                                      progress or Progress(enabled=False), store, strict)
                _swap_in(staging, target)
            except OSError as err:  # a full disk, a folder that turned read-only: one line
                raise KgError(f"{out_dir}: cannot write the build: {err.strerror or err}") from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return replace(summary, out_dir=out_dir)


def _source_bytes(paths: list[str]) -> int | None:
    try:
        return sum(Path(file).stat().st_size for file, _ in expand_paths(paths) if file != "-")
    except (KgError, OSError):
        return None


def _write_rdf_files(folder: Path, graph, formats: tuple[str, ...], on_block: Callable[[], None] | None = None) -> None:
    """Write the graph's RDF files of these formats into `folder`."""
    from kg.rdf import write_rdf

    names = {fmt: name for name, fmt in _RDF_FILES.items()}
    outputs = {fmt: open(folder / names[fmt], "w", encoding="utf-8") for fmt in formats}
    try:
        write_rdf(graph, outputs, on_block=on_block)
    finally:
        for out in outputs.values():
            out.close()


def _forked(job: Callable[[], None]) -> int:
    """Run `job` in a forked child process (which ends with this one); return its pid."""
    parent = os.getpid()
    with signals_held():  # a signal must not land inside the fork (see signals_held)
        pid = os.fork()
    if pid == 0:
        code = 1
        try:
            _worker_start(parent)
            job()
            code = 0
        except BaseException as err:  # os._exit below ends the child before Python would print it
            sys.stderr.write(f"{err}\n")
        finally:
            os._exit(code)
    return pid


def _wait(pid: int) -> None:
    """Wait for a child from `_forked`; raise if it failed."""
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise KgError(f"a process writing the graph files failed (exit status {os.waitstatus_to_exitcode(status)})")


def _build_into(folder: Path, paths: Iterable[str], base_iri: str, engine: ExtractionEngine | None,
                cache: ExtractionCache | None, skip_bad: bool, report: Callable[[str], None], progress: Progress,
                store: Path | str | None, strict: bool) -> BuildSummary:
    from kg.graph import GraphBuilder  # the graph's modules, which extraction alone does not need

    builder = GraphBuilder()
    documents = extracted = 0
    with open(folder / "extractions.jsonl", "w", encoding="utf-8") as records:
        for result in extract_stream(paths, engine, cache, skip_bad, report, strict=strict, progress=progress):
            documents += 1
            extracted += not result.cached
            records.write(result.record)
            for extraction in result.extractions:
                builder.add(extraction)
    with progress.step("merging", "nodes") as advance:
        graph = builder.graph()
        graph.graph["base"] = base_iri
        advance(graph.number_of_nodes())
    gc.freeze()  # the graph lives to the end: spare the collector from walking it while the files are written
    try:
        return _write_outputs(folder, graph, base_iri, engine, progress, store, documents, extracted)
    finally:
        gc.unfreeze()  # a caller of build() keeps no graph it is done with


def _write_outputs(folder: Path, graph: nx.MultiDiGraph, base_iri: str, engine: ExtractionEngine | None,
                   progress: Progress, store: Path | str | None, documents: int, extracted: int) -> BuildSummary:
    """Write the graph's files into `folder` (and add it to the store)."""
    from kg.export.files import export_file
    from kg.rdf import iter_quads
    from kg.render import render_html, select_subgraph

    blocks = 1 + len(graph.graph["articles"]) + len(graph) + sum(len(e) for *_, e in graph.edges(data="evidence"))
    # With processes to spare, a forked child writes Turtle and TriG while this one writes the rest.
    apart = ("turtle", "trig") if isinstance(engine, LocalEngine) and engine.workers > 1 else ()
    child = _forked(lambda: _write_rdf_files(folder, graph, apart)) if apart else None
    try:
        with progress.step("writing RDF", "statements", blocks) as advance:
            _write_rdf_files(folder, graph, tuple(f for f in _RDF_FILES.values() if f not in apart),
                             on_block=lambda: advance(1, 1))
        with progress.step("writing GraphML and HTML", "files") as advance:
            for name, data in export_file(graph, "graphml", base_iri).items():
                (folder / name).write_bytes(data)
            drawn, note = select_subgraph(graph)
            (folder / "graph.html").write_text(render_html(drawn, title=f"kg: {documents} documents", note=note),
                                               encoding="utf-8")
            advance(2)
        if child is not None:
            _wait(child)
            child = None
    finally:
        if child is not None:
            os.kill(child, signal.SIGTERM)
            os.waitpid(child, 0)
    if store is not None:
        from kg.store import add_to_store

        with progress.step("adding to the store", "quads") as advance:
            quads = list(iter_quads(graph, base_iri))
            add_to_store(Path(store), quads)
            advance(len(quads))
    return BuildSummary(documents, len(graph.graph["articles"]), extracted, graph.number_of_nodes(),
                        graph.number_of_edges(), folder)
