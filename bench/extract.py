"""Throughput of `kg extract` against spaCy's bare Chinese char tokenizer and jieba.lcut.

    python bench/extract.py [--megabytes 5]

The bundled corpus is repeated to the given size; each figure is characters per second on
one core (one process). Articles are what the pipeline runs on, so all three tools are
timed on the same article texts.
"""
from __future__ import annotations

import argparse
import time

import jieba
import spacy

from kg.corpus import bundled_corpus, split_page
from kg.extract import extract_document
from kg.corpus import Document
from kg.pipeline import load_pipeline


def rate(label: str, chars: int, seconds: float) -> float:
    print(f"{label:28} {chars / seconds:>12,.0f} chars/s   ({seconds:.2f} s)")
    return chars / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    pages = [(p.name, p.read_text(encoding="utf-8")) for p in bundled_corpus()]
    page_chars = sum(len(text) for _, text in pages)
    repeat = max(1, int(args.megabytes * 1_000_000 / 3 / page_chars) + 1)  # ~3 bytes a character
    documents = [Document(name, split_page(text, f"{name}.{i}")) for i in range(repeat) for name, text in pages]
    texts = [article.text for document in documents for article in document.articles]
    chars = sum(map(len, texts))
    print(f"{chars:,} characters ({chars * 3 / 1e6:.1f} MB as UTF-8) in {len(texts):,} articles")

    load_pipeline()  # load the gazetteer and word list before timing
    start = time.perf_counter()
    for document in documents:
        extract_document(document)
    kg_rate = rate("kg extract (pipeline)", chars, time.perf_counter() - start)

    bare = spacy.blank("zh")
    start = time.perf_counter()
    for _ in bare.pipe(texts):
        pass
    bare_rate = rate('spacy.blank("zh") char', chars, time.perf_counter() - start)

    jieba.initialize()
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    rate("jieba.lcut", chars, time.perf_counter() - start)
    print(f"kg / bare tokenizer: {kg_rate / bare_rate:.2f}")


if __name__ == "__main__":
    main()
