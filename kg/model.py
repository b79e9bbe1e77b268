"""The records that flow between the stages: articles in, entities and relations out."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import NamedTuple, TypeVar

DEFAULT_BASE = "https://w3id.org/kg-union/id/"  # the base IRI of the resources unless one is given
# The RDF serialisations kg writes and reads, by name, with their file suffixes.
RDF_SUFFIXES = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "ntriples": ".nt", "jsonld": ".jsonld"}
ENTITY_TYPES = {
    "UNION": "UnionBody",
    "PROGRAM": "Program",
    "REGION": "Region",
    "ORG": "Organization",
    "PERSON": "Person",
}
TYPE_NAMES = tuple(ENTITY_TYPES.values())

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_KGO = "https://w3id.org/kg-union/ontology#"
_PROV = "http://www.w3.org/ns/prov#"


@dataclass(frozen=True)
class Field:
    """A public field of the graph's entities: its node attribute, the kind of its values, its
    RDF property (kg/ontology/union.ttl), and the entity types that carry it.

    Kinds: ``text`` (a string), ``texts`` (a list of strings), ``count`` (an integer), ``year``
    (a year as digits, xsd:gYear), ``articles`` (the ids of the articles it is derived from).
    """

    name: str
    kind: str
    predicate: str
    chinese: bool = False  # a literal tagged @zh
    types: tuple[str, ...] = TYPE_NAMES
    attribute: bool = False  # taken from `Entity.attributes`


# The schema every view of the graph reads: the merge, the RDF mapping, the export tables,
# Neo4j, LadybugDB and the HTML page.
ENTITY_FIELDS = (
    Field("name", "text", f"{_SKOS}prefLabel", chinese=True),
    Field("aliases", "texts", f"{_SKOS}altLabel", chinese=True),
    Field("province", "text", f"{_KGO}province", chinese=True, types=("Region",), attribute=True),
    Field("level", "text", f"{_KGO}level", types=("Region",), attribute=True),
    Field("code", "text", f"{_SKOS}notation", types=("Region",), attribute=True),
    Field("until", "year", f"{_KGO}existedUntil", types=("Region",), attribute=True),
    Field("role", "text", f"{_KGO}role", chinese=True, types=("Person",), attribute=True),
    Field("mentions", "count", f"{_KGO}mentionCount"),
    Field("articles", "articles", f"{_PROV}wasDerivedFrom"),
)
ATTRIBUTE_FIELDS = tuple(f for f in ENTITY_FIELDS if f.attribute)
LIST_KINDS = ("texts", "articles")
T = TypeVar("T")


def _pickled_by_fields(cls: type[T]) -> type[T]:
    """Pickle the dataclass's instances as their field values, which unpickle in half the time
    of the default state dicts: the parent of a pool of workers unpickles every extraction."""
    values = attrgetter(*(item.name for item in fields(cls)))

    def reduce(self):
        return cls, values(self)

    cls.__reduce__ = reduce
    return cls


@_pickled_by_fields
@dataclass
class Article:
    """One article: its text with page line breaks inside words joined, and a map back to the source.

    `breaks` holds (position in `text`, characters removed before it) pairs, ascending, so that
    `source_offset` turns an offset in `text` into one in the source file.
    """

    id: str
    doc: str
    text: str
    title: str = ""
    byline: str = ""
    date: str = ""
    url: str = ""
    source_start: int = 0
    breaks: list[tuple[int, int]] = field(default_factory=list)

    def source_offset(self, offset: int) -> int:
        index = bisect_right(self.breaks, (offset, float("inf")))
        removed = self.breaks[index - 1][1] if index else 0
        return self.source_start + offset + removed


@_pickled_by_fields
@dataclass(slots=True)
class Entity:
    """A canonical entity as an article names it: id, type, name and the forms used for it."""

    id: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    attributes: dict[str, str] = field(default_factory=dict)
    mentions: int = 0

    def record(self) -> dict:
        out = {"id": self.id, "type": self.type, "name": self.name, "aliases": sorted(self.aliases)}
        out.update(sorted(self.attributes.items()))
        return out


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: the article, the sentence and its offsets in the source file,
    and the rule that read the fact there."""

    article: str
    sentence: str
    start: int
    end: int
    rule: str = ""

    @property
    def order(self) -> tuple[str, int, int, str]:
        """Where the evidence stands: by article, then offsets (the order files list it in)."""
        return self.article, self.start, self.end, self.sentence


@_pickled_by_fields
@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: Evidence | None = None
    inferred: bool = False
    rule: str = ""  # the name of the rule that made it (relations.organizer_before_trigger …)


class MentionRecord(NamedTuple):
    """Where an article names an entity: the written form, its offsets in the source file and
    the rule that found it (a named tuple: an article makes hundreds of them)."""

    entity: str
    text: str
    start: int
    end: int
    rule: str


@_pickled_by_fields
@dataclass
class Extraction:
    """Everything one article yields."""

    article: Article
    entities: dict[str, Entity]
    relations: list[Relation]
    mentions: list[MentionRecord] = field(default_factory=list)
