"""The extraction stage: run the pipeline over documents and gather one record per document.

A record follows the annotation format of the project's guidelines: the distinct entities
the document names (canonical name, aliases, and province/level/code for regions,
role/org for people) and the relations between them; each entity also lists its mentions
(text, source offsets, rule) and each relation the rule that made it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.corpus import Document
from kg.model import ATTRIBUTE_FIELDS, Entity, Extraction
from kg.prebuilt import collector_paused

# The schema's attributes, and the organisation a person's record names.
PUBLIC_ATTRIBUTES = (*(f.name for f in ATTRIBUTE_FIELDS), "org")


def extract_document(document: Document) -> list[Extraction]:
    """The extractions of a document's articles (the pipeline is loaded on first use).

    Python's cycle collector is paused meanwhile: extraction makes many short-lived objects
    but no reference cycles, so the collector's passes over them (a tenth of the time) would
    find nothing."""
    with collector_paused():
        from kg.pipeline import extract_articles

        return extract_articles(document.articles)


def merge_entities(extractions: Iterable[Extraction]) -> dict[str, Entity]:
    """One entity per id across articles: aliases accumulate, the first attributes stay."""
    merged: dict[str, Entity] = {}
    for extraction in extractions:
        for entity in extraction.entities.values():
            known = merged.get(entity.id)
            if known is None:
                merged[entity.id] = Entity(entity.id, entity.type, entity.name, set(entity.aliases),
                                           dict(entity.attributes), entity.mentions)
                continue
            if len(entity.name) > len(known.name):
                known.name = entity.name
            known.aliases |= entity.aliases
            known.mentions += entity.mentions
            for key, value in entity.attributes.items():
                known.attributes.setdefault(key, value)
    return merged


def document_record(name: str, extractions: list[Extraction]) -> dict:
    """The scoring record of one document (see GUIDELINES.md)."""
    entities = merge_entities(extractions)
    names = {entity.id: entity.name for entity in entities.values()}
    found: dict[str, list[dict]] = {}
    for extraction in extractions:
        for mention in extraction.mentions:
            found.setdefault(mention.entity, []).append(
                {"text": mention.text, "start": mention.start, "end": mention.end, "rule": mention.rule})
    entity_rows = []
    for entity in sorted(entities.values(), key=lambda e: (e.type, e.id)):
        row = {"type": entity.type, "name": entity.name, "aliases": sorted(entity.aliases)}
        row.update({key: entity.attributes[key] for key in PUBLIC_ATTRIBUTES if key in entity.attributes})
        row["mentions"] = found.get(entity.id, [])
        entity_rows.append(row)
    seen: set[tuple[str, str, str]] = set()
    relation_rows = []
    for relation in (r for extraction in extractions for r in extraction.relations):
        key = (relation.subject, relation.predicate, relation.object)
        if key in seen or relation.subject not in names or relation.object not in names:
            continue
        seen.add(key)
        relation_rows.append({"subject": names[relation.subject], "predicate": relation.predicate,
                              "object": names[relation.object], "rule": relation.rule})
    return {"doc": name, "entities": entity_rows, "relations": relation_rows}


def _extract_one(document: Document) -> tuple[Document, list[Extraction]]:
    return document, extract_document(document)


def extract_all(documents: Iterable[Document], workers: int = 1) -> Iterator[tuple[Document, list[Extraction]]]:
    """Extract every document, in order; with workers > 1, in that many processes."""
    from kg.build import LocalEngine

    return LocalEngine(workers).map(_extract_one, documents)
