"""`kg extract --explain`: every mention and relation of an article with the rule that made it,
the offsets in the source file and the sentence, as a table for people to read."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from kg.components.base import region_entity
from kg.components.relations import sentences
from kg.components.unions import federation
from kg.gazetteer import default_gazetteer
from kg.model import Article, Extraction

_INFERRED_KINDS = ("region", "union")  # the kinds of entity a relation may infer from the gazetteer

_LONGEST_SENTENCE = 60  # characters of a sentence shown; longer ones end in …
HEADER = ("kind", "type", "name", "written", "offsets", "rule", "sentence")


def _width(text: str) -> int:
    """Columns a terminal gives `text`: two for wide (CJK) characters."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _clip(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= _LONGEST_SENTENCE else sentence[: _LONGEST_SENTENCE - 1] + "…"


def _sentence_at(article: Article, written: str, source_start: int) -> str:
    """The sentence of the article that holds the mention `written` found at `source_start` in
    the source file."""
    text = article.text
    position = text.find(written)
    while position >= 0 and article.source_offset(position) != source_start:
        position = text.find(written, position + 1)
    if position < 0:
        return ""
    return next((text[start:end] for start, end in sentences(text) if start <= position < end), "")


def _name_of(entity_id: str, names: dict[str, str]) -> str:
    """An entity's name: from the article, else (for a region or a federation a relation infers,
    such as the province of a city named or the federation above a county's) from the gazetteer,
    else its id."""
    if entity_id in names:
        return names[entity_id]
    kind, _, code = entity_id.partition(":")
    gazetteer = default_gazetteer()
    region = gazetteer.by_code.get(code) if kind in _INFERRED_KINDS else None
    if region is None:
        return entity_id
    return region.name if kind == "region" else federation(region_entity(gazetteer, region)).name


def explanation_rows(extraction: Extraction) -> list[tuple[str, ...]]:
    """One row per mention and per relation of an article, in text order, mentions first."""
    article, names = extraction.article, {e.id: e.name for e in extraction.entities.values()}
    types = {e.id: e.type for e in extraction.entities.values()}
    rows = []
    for mention in sorted(extraction.mentions, key=lambda m: (m.start, -m.end)):
        sentence = _sentence_at(article, mention.text, mention.start)
        rows.append(("entity", types.get(mention.entity, ""), names.get(mention.entity, mention.entity), mention.text,
                     f"{mention.start}-{mention.end}", mention.rule, _clip(sentence)))
    for relation in extraction.relations:
        evidence = relation.evidence
        offsets = f"{evidence.start}-{evidence.end}" if evidence else ""
        subject, obj = _name_of(relation.subject, names), _name_of(relation.object, names)
        rows.append(("relation", relation.predicate + (" (inferred)" if relation.inferred else ""),
                     f"{subject} → {obj}", "", offsets, relation.rule, _clip(evidence.sentence) if evidence else ""))
    return rows


def format_table(rows: Iterable[tuple[str, ...]]) -> str:
    """Rows as columns padded to their widest cell (wide characters counted twice)."""
    rows = [HEADER, *rows]
    widths = [max(_width(row[column]) for row in rows) for column in range(len(HEADER) - 1)]
    lines = []
    for row in rows:
        cells = [cell + " " * (width - _width(cell)) for cell, width in zip(row, widths)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines) + "\n"


def explain(document_name: str, extractions: list[Extraction]) -> str:
    """The explanation of one document: a heading and a table for each of its articles."""
    parts = []
    for extraction in extractions:
        article = extraction.article
        heading = f"== {article.id}" + (f"  {article.title}" if article.title else "")
        rows = explanation_rows(extraction)
        parts.append(heading + "\n" + (format_table(rows) if rows else "(nothing found)\n"))
    return f"# {document_name}\n" + "\n".join(parts)
