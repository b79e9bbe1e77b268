"""The records that flow between the stages: articles in, entities and relations out."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

DEFAULT_BASE = "https://w3id.org/kg-union/id/"  # the base IRI of the resources unless one is given
ENTITY_TYPES = {
    "UNION": "UnionBody",
    "PROGRAM": "Program",
    "REGION": "Region",
    "ORG": "Organization",
    "PERSON": "Person",
}


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


@dataclass(frozen=True)
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


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: Evidence | None = None
    inferred: bool = False
    rule: str = ""  # the name of the rule that made it (relations.organizer_before_trigger …)


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """Where an article names an entity: the written form, its offsets in the source file and
    the rule that found it."""

    entity: str
    text: str
    start: int
    end: int
    rule: str


@dataclass
class Extraction:
    """Everything one article yields."""

    article: Article
    entities: dict[str, Entity]
    relations: list[Relation]
    mentions: list[MentionRecord] = field(default_factory=list)
