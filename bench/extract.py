"""Throughput of `kg extract` against spaCy's bare Chinese char tokenizer and jieba.lcut.

    python bench/extract.py [--megabytes 5] [--runs 3]

The bundled corpus is repeated to the given size; each figure is characters per second on
one core (one process), the best of `--runs` runs, since a shared machine only ever makes a
run slower. Articles are what the pipeline runs on, so all three tools are timed on the same
article texts.
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import jieba
import spacy

from kg.corpus import bundled_corpus, split_page
from kg.extract import extract_document
from kg.corpus import Document
from kg.pipeline import load_pipeline


def best_rate(label: str, chars: int, runs: int, job: Callable[[], object]) -> float:
    """Run `job` `runs` times and print and return its best rate in characters per second."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    rates = ", ".join(f"{chars / seconds:,.0f}" for seconds in times)
    print(f"{label:28} {chars / min(times):>12,.0f} chars/s   (runs: {rates})")
    return chars / min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pages = [(p.name, p.read_text(encoding="utf-8")) for p in bundled_corpus()]
    page_chars = sum(len(text) for _, text in pages)
    repeat = max(1, int(args.megabytes * 1_000_000 / 3 / page_chars) + 1)  # ~3 bytes a character
    documents = [Document(name, split_page(text, f"{name}.{i}")) for i in range(repeat) for name, text in pages]
    texts = [article.text for document in documents for article in document.articles]
    chars = sum(map(len, texts))
    print(f"{chars:,} characters ({chars * 3 / 1e6:.1f} MB as UTF-8) in {len(texts):,} articles")

    load_pipeline()  # load the gazetteer and word list before timing
    kg_rate = best_rate("kg extract (pipeline)", chars, args.runs,
                        lambda: [extract_document(document) for document in documents])
    bare = spacy.blank("zh")
    bare_rate = best_rate('spacy.blank("zh") char', chars, args.runs, lambda: [None for _ in bare.pipe(texts)])
    jieba.initialize()
    best_rate("jieba.lcut", chars, args.runs, lambda: [jieba.lcut(text) for text in texts])
    print(f"kg / bare tokenizer: {kg_rate / bare_rate:.2f}")


if __name__ == "__main__":
    main()
