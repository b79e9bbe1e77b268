"""The NER pipeline: spaCy's blank Chinese pipeline with a character tokenizer and kg's components.

`load_pipeline()` builds it from the config below (components are configurable like any
spaCy component); `extract_articles` runs it over articles and returns their `Extraction`s.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import numpy
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

import kg.components  # noqa: F401  (registers the factories)
from kg.components.base import SPAN_GROUP, TEXT, WRITTEN, entities_of, mentions, relations_of
from kg.components.relations import link_document
from kg.model import Article, Evidence, Extraction, MentionRecord
from kg.prebuilt import collector_paused

_INSIDE, _OUTSIDE, _BEGIN = 1, 2, 3  # spaCy's ENT_IOB codes
COMPONENTS = ("kg_regions", "kg_unions", "kg_programs", "kg_organizations", "kg_people", "kg_relations", "kg_entities")


_ASCII_QUOTED = re.compile('"([^"\n]{1,60})"')
_SINGLE_QUOTED = re.compile("‘([^‘’“”\n]{1,60})’")


def curly_quotes(text: str) -> str:
    """The text the components read: "X" written with ASCII quotes, as web pages often do, and
    ‘X’ standing alone (not inside “…”), as some sites quote, in the double quotes of Chinese
    print (“X”), which the rules know; the length stays the same."""
    if '"' in text:
        text = _ASCII_QUOTED.sub(lambda match: f"“{match.group(1)}”", text)
    if "‘" in text:
        text = _SINGLE_QUOTED.sub(lambda match: match.group(0) if _inside_double_quotes(text, match.start())
                                  else f"“{match.group(1)}”", text)
    return text


def _inside_double_quotes(text: str, position: int) -> bool:
    """Whether a “ opened before `position` (on its line) is not yet closed there."""
    line = text[text.rfind("\n", 0, position) + 1: position]
    return line.rfind("“") > line.rfind("”")


def _set_text(doc: Doc, text: str) -> None:
    """Give the components the text they read, and the text as written where that differs (the
    forms and sentences of the records are the written ones)."""
    doc.user_data[TEXT] = read = curly_quotes(text)
    if read != text:
        doc.user_data[WRITTEN] = text


class _StringIds(dict):
    """String → its id in a vocab's string store, added on first sight."""

    def __init__(self, strings) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, string: str) -> int:
        orth = self[string] = self.strings.add(string)
        return orth


_BMP = 0x10000  # code points below this have a slot in CharTokenizer's table


class CharTokenizer:
    """One token per character, whitespace included, so token index == character offset.

    Equivalent to spaCy's ``char`` segmenter for Chinese but about 5 × faster: it builds the
    Doc directly, from the characters' string ids (a Doc built from strings hashes every
    character again), which it looks up for the whole text at once in a table by code point.
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.char_ids = _StringIds(vocab.strings)
        self.id_table = numpy.zeros(_BMP, dtype=numpy.uint64)  # string id by code point, 0 until first seen

    def __call__(self, text: str) -> Doc:
        doc = Doc(self.vocab, words=self.string_ids(text), spaces=[False] * len(text))
        _set_text(doc, text)
        return doc

    def string_ids(self, text: str) -> list[int]:
        points = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
        if points.size and points.max() >= _BMP:
            return list(map(self.char_ids.__getitem__, text))  # characters beyond the table
        ids = self.id_table[points]
        if not ids.all():
            for point in numpy.unique(points[ids == 0]).tolist():
                self.id_table[point] = self.char_ids[chr(point)]
            ids = self.id_table[points]
        return ids.tolist()


@registry.tokenizers("kg.CharTokenizer.v1")
def create_char_tokenizer():
    def make(nlp: Language) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return make


class EntityPublisher:
    """Publishes the mentions as doc.spans["kg"] and sets doc.ents to the outermost ones (the
    leftmost, then longest, of overlapping mentions); every other token is outside an entity.

    The entity annotation is written as one array: ``doc.ents = spans`` checks every token
    in Python and costs three times as much.
    """

    def __init__(self, vocab) -> None:
        self.ids = _StringIds(vocab.strings)

    def __call__(self, doc: Doc) -> Doc:
        hashes = self.ids
        found = mentions(doc)
        doc.spans[SPAN_GROUP] = [Span(doc, mention.start, mention.end, label=hashes[mention.label_],
                                      kb_id=hashes[mention.kb_id_]) for mention in found]
        annotation = numpy.zeros((len(doc), 3), dtype="uint64")
        annotation[:, 0] = _OUTSIDE
        covered_to = 0
        for mention in found:  # sorted by start, longest first
            if mention.start < covered_to:
                continue
            annotation[mention.start, 0] = _BEGIN
            annotation[mention.start + 1: mention.end, 0] = _INSIDE
            annotation[mention.start: mention.end, 1] = hashes[mention.label_]
            annotation[mention.start: mention.end, 2] = hashes[mention.kb_id_]
            covered_to = mention.end
        doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], annotation)
        return doc


@Language.factory("kg_entities")
def make_entity_publisher(nlp: Language, name: str) -> EntityPublisher:
    return EntityPublisher(nlp.vocab)


@cache
def load_pipeline() -> Language:
    with collector_paused(freeze=True):  # the pipeline lives as long as the process
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.CharTokenizer.v1"}}})
        for name in COMPONENTS:
            nlp.add_pipe(name)
    return nlp


def _source_span(article: Article, start: int, end: int) -> tuple[int, int]:
    """Offsets [start, end) in the article's text as offsets in its source file."""
    if not article.breaks:  # no line break was joined: the offsets only shift
        return article.source_start + start, article.source_start + end
    return article.source_offset(start), article.source_offset(max(end - 1, start)) + 1


def to_extraction(article: Article, doc: Doc) -> Extraction:
    """The article's entities, mentions and relations, with offsets mapped into the source file
    and each fact's evidence naming the rule that read it."""
    relations = []
    for relation in relations_of(doc):
        if relation.evidence is not None:
            evidence = relation.evidence
            relation.evidence = Evidence(article.id, evidence.sentence,
                                         *_source_span(article, evidence.start, evidence.end), relation.rule)
        relations.append(relation)
    text = article.text
    found = [MentionRecord(mention.kb_id_, text[mention.start: mention.end],
                           *_source_span(article, mention.start, mention.end), mention.rule)
             for mention in mentions(doc)]
    return Extraction(article=article, entities=entities_of(doc), relations=relations, mentions=found)


def text_doc(nlp: Language, text: str) -> Doc:
    """A Doc with no tokens that carries `text` for the components, which read the text alone.

    Only `kg_entities`, which turns mentions into spans, needs the tokens; a run without it
    is spared making one token per character (a tenth of the process's time).
    """
    doc = Doc(nlp.vocab)
    _set_text(doc, text)
    return doc


def extract_articles(articles: Sequence[Article]) -> list[Extraction]:
    """Run the pipeline over the articles of one document (as one `nlp.pipe` stream), link what
    crosses their bounds (`link_document`) and return their extractions.

    The records come from the mentions and relations the components keep in `doc.user_data`,
    so the run skips `kg_entities`, which would only copy them into `doc.ents` and
    `doc.spans`, and with it the tokens (see `text_doc`).
    """
    nlp = load_pipeline()
    docs = list(nlp.pipe((text_doc(nlp, article.text) for article in articles), disable=["kg_entities"]))
    link_document(docs)
    return [to_extraction(article, doc) for article, doc in zip(articles, docs)]
