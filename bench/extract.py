"""Throughput of `kg extract` against spaCy's bare Chinese char tokenizer and jieba.lcut.

    python bench/extract.py [--megabytes 5] [--runs 5]

The bundled corpus is repeated to the given size; each figure is characters per second on
one core (one process). Articles are what the pipeline runs on, so all three tools are
timed on the same article texts.

The machines this runs on are shared and their speed drifts by a third within a minute,
so kg and the bare tokenizer are run in turns, `--runs` times each. The figures are each
tool's best run (load only ever slows a run down) and the median of the ratios of the
turns (each pair ran under about the same load).
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

    load_pipeline()  # load the gazetteer and word list before timing
    bare = spacy.blank("zh")

    def run_kg() -> None:
        for document in documents:
            extract_document(document)

    def run_bare() -> None:
        for _ in bare.pipe(texts):
            pass

    def run_jieba() -> None:
        for text in texts:
            jieba.lcut(text)

    kg_times, bare_times = [], []
    for _ in range(args.runs):
        kg_times.append(seconds(run_kg))
        bare_times.append(seconds(run_bare))
    kg_rate = report("kg extract (pipeline)", chars, kg_times)
    bare_rate = report('spacy.blank("zh") char', chars, bare_times)
    jieba.initialize()
    report("jieba.lcut", chars, [seconds(run_jieba) for _ in range(min(args.runs, 3))])
    ratios = [bare_run / kg_run for kg_run, bare_run in zip(kg_times, bare_times)]
    print(f"kg / bare tokenizer: {kg_rate / bare_rate:.2f} best to best; "
          f"{statistics.median(ratios):.2f} median of the turns ({min(ratios):.2f}–{max(ratios):.2f})")


if __name__ == "__main__":
    main()
