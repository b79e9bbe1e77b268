"""Throughput of `kg extract` against spaCy's bare Chinese char tokenizer and jieba.lcut.

    python bench/extract.py [--megabytes 5] [--runs 5]

The bundled corpus is repeated to the given size; each figure is characters per second on
one core (one process). Articles are what the pipeline runs on, so all three tools are
timed on the same article texts.

The machines this runs on are shared and their speed drifts by a third within a minute,
so the tools take turns over chunks of 40 pages (about 250,000 characters: short enough to
meet the same load, long enough that one tool does not run on caches the other has just
filled), and the whole corpus is run `--runs` times. The figures are each tool's best run
(load only ever slows a run down) and the median of the runs' ratios.
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import jieba
import spacy

from kg.corpus import Document, bundled_corpus, split_page
from kg.extract import extract_document
from kg.pipeline import load_pipeline


CHUNK_PAGES = 40


def seconds(job: Callable[[], None]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def report(label: str, chars: int, times: list[float]) -> float:
    """Print the best rate of `times` with every run's, and return the best."""
    rates = ", ".join(f"{chars / run:,.0f}" for run in times)
    print(f"{label:28} {chars / min(times):>12,.0f} chars/s   (runs: {rates})")
    return chars / min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pages = [(p.name, p.read_text(encoding="utf-8")) for p in bundled_corpus()]
    page_chars = sum(len(text) for _, text in pages)
    repeat = max(1, int(args.megabytes * 1_000_000 / 3 / page_chars) + 1)  # ~3 bytes a character
    documents = [Document(name, split_page(text, f"{name}.{i}")) for i in range(repeat) for name, text in pages]
    texts = [article.text for document in documents for article in document.articles]
    chars = sum(map(len, texts))
    print(f"{chars:,} characters ({chars * 3 / 1e6:.1f} MB as UTF-8) in {len(texts):,} articles")

    nlp = load_pipeline()  # load the gazetteer and word list before timing
    bare = spacy.blank("zh")
    tools: dict[str, Callable[[Document], object]] = {
        "kg extract": extract_document,
        "kg pipeline with doc.ents": lambda document: list(nlp.pipe(a.text for a in document.articles)),
        'spacy.blank("zh") char': lambda document: list(bare.pipe(a.text for a in document.articles)),
    }
    chunks = [documents[i: i + CHUNK_PAGES] for i in range(0, len(documents), CHUNK_PAGES)]
    times: dict[str, list[float]] = {label: [] for label in tools}
    for _ in range(args.runs):  # one pass over the corpus, the tools taking turns chunk by chunk
        spent = dict.fromkeys(tools, 0.0)
        for chunk in chunks:
            for label, tool in tools.items():
                spent[label] += seconds(lambda: [tool(document) for document in chunk])
        for label in tools:
            times[label].append(spent[label])
    rates = {label: report(label, chars, runs) for label, runs in times.items()}

    def run_jieba() -> None:
        for text in texts:
            jieba.lcut(text)

    jieba.initialize()
    report("jieba.lcut", chars, [seconds(run_jieba) for _ in range(min(args.runs, 3))])
    bare_label = 'spacy.blank("zh") char'
    for label in list(tools)[:2]:
        ratios = [bare_run / run for run, bare_run in zip(times[label], times[bare_label])]
        print(f"{label} / bare tokenizer: {rates[label] / rates[bare_label]:.2f} best to best; "
              f"{statistics.median(ratios):.2f} median of the runs ({min(ratios):.2f}–{max(ratios):.2f})")

if __name__ == "__main__":
    main()
