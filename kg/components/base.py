"""What the components share: the Doc extensions they write and the helpers to write them.

Every component adds its mentions (spans with the canonical id in ``span.kb_id_``; they may
nest: 恩平市总工会 holds 恩平市) and registers the canonical entity in ``doc._.kg_entities``.
While the pipeline runs the mentions are kept as named tuples in a per-doc state
(``doc.user_data``), which is much cheaper to read than a span group; the last component,
``kg_entities``, publishes them as the span group ``doc.spans["kg"]`` and sets ``doc.ents``
to the outermost ones.
"""
from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc

from kg.gazetteer import Region, RegionGazetteer, common_words, default_gazetteer
from kg.model import ENTITY_TYPES, Entity, Relation
from kg.regexes import regex

KIND_TYPES = {"program": "Program", "org": "Organization"}
SPAN_GROUP = "kg"
MENTIONS = "kg_mentions"
TEXT = "kg_text"
WRITTEN = "kg_written"  # the text as written, where it differs from the one the components read
CJK = r"\u4e00-\u9fff"
CJK_CHAR = regex(f"[{CJK}]")
NAME_CHAR = regex(f"[{CJK}A-Za-z]")

ENTITIES = "kg_entities"
RELATIONS = "kg_relations"

if not Doc.has_extension(ENTITIES):
    Doc.set_extension(ENTITIES, getter=lambda doc: entities_of(doc))
if not Doc.has_extension(RELATIONS):
    Doc.set_extension(RELATIONS, getter=lambda doc: relations_of(doc))


class Mention(NamedTuple):
    """A mention while the pipeline runs: the attributes of a Span that the components read,
    without the cost of a Span (kg_entities makes the Spans), and the rule that found it."""

    start: int
    end: int
    label_: str
    kb_id_: str
    rule: str


def written_text(doc: Doc) -> str:
    """The doc's text as written (`text_of` may have its ASCII quotes turned Chinese)."""
    return doc.user_data.get(WRITTEN) or text_of(doc)


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy rebuilds `doc.text` from the tokens on every access."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def text_key(text: str) -> str:
    """A short key of an article's text, for ids of what only the article itself can tell apart."""
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def entities_of(doc: Doc) -> dict[str, Entity]:
    """The canonical entities of the doc by id (also ``doc._.kg_entities``)."""
    return doc.user_data.setdefault(ENTITIES, {})


def relations_of(doc: Doc) -> list[Relation]:
    """The relations found in the doc (also ``doc._.kg_relations``)."""
    return doc.user_data.setdefault(RELATIONS, [])


def _order(mention: Mention) -> tuple[int, int]:
    return mention.start, -mention.end


def _start(mention: Mention) -> int:
    return mention.start


class _Mentions:
    """A doc's mentions while the pipeline runs: kept in the order they were added, sorted by
    start (longest first) when next read, and by label on demand."""

    __slots__ = ("items", "unsorted", "longest", "by_label")

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self.unsorted = False
        self.longest = 0  # the longest mention's length, how far back an overlapping one may start
        self.by_label: dict[str, list[Mention]] = {}

    def sorted(self) -> list[Mention]:
        if self.unsorted:
            self.items.sort(key=_order)  # stable: mentions of one span keep the order they were added in
            self.unsorted = False
            self.by_label = {}
        return self.items

    def of_label(self, label: str) -> list[Mention]:
        items = self.sorted()
        found = self.by_label.get(label)
        if found is None:
            found = self.by_label[label] = [span for span in items if span.label_ == label]
        return found


def _state(doc: Doc) -> _Mentions:
    state = doc.user_data.get(MENTIONS)
    if state is None:
        state = doc.user_data[MENTIONS] = _Mentions()
        text_of(doc)
    return state


def mentions(doc: Doc, label: str | None = None) -> list[Mention]:
    """The mentions found so far, in text order, optionally of one label (a new list each call)."""
    state = _state(doc)
    return list(state.of_label(label) if label is not None else state.sorted())


def add_mention(doc: Doc, start: int, end: int, label: str, entity: Entity, rule: str) -> Mention:
    """Record a mention of `entity` at characters [start, end), found by the rule named `rule`
    (component.pattern, e.g. "unions.federation"), and merge the entity into the doc's registry.

    The tokenizer makes one token per character, so character and token offsets agree.
    """
    data = doc.user_data
    state = data.get(MENTIONS) or _state(doc)
    registry = data.get(ENTITIES)
    if registry is None:
        registry = data[ENTITIES] = {}
    known = registry.get(entity.id)
    if known is None:
        known = registry[entity.id] = Entity(entity.id, ENTITY_TYPES[label], entity.name, set(), dict(entity.attributes))
    elif len(entity.name) > len(known.name):
        known.name = entity.name  # the fullest form the article gives (成都市金牛区总工会)
    known.aliases.add((data.get(WRITTEN) or data[TEXT])[start:end])
    if entity.aliases:
        known.aliases.update(entity.aliases)
    known.mentions += 1
    mention = Mention(start, end, label, entity.id, rule)
    state.items.append(mention)
    state.unsorted = True
    if end - start > state.longest:
        state.longest = end - start
    return mention


def repoint_mention(doc: Doc, mention: Mention, entity_id: str) -> None:
    """Make `mention` one of the entity `entity_id` (already registered) instead of its own: its
    form becomes an alias there, and its first entity goes where nothing else mentions it."""
    data = doc.user_data
    state, registry = data[MENTIONS], data[ENTITIES]
    state.items[state.items.index(mention)] = mention._replace(kb_id_=entity_id)
    state.by_label = {}
    target = registry[entity_id]
    target.aliases.add((data.get(WRITTEN) or data[TEXT])[mention.start: mention.end])
    target.mentions += 1
    _release(registry, mention.kb_id_)


def drop_mention(doc: Doc, mention: Mention) -> None:
    """Take back `mention` (a place read inside a person's name found later): its entity goes where
    nothing else mentions it."""
    state = doc.user_data[MENTIONS]
    state.items.remove(mention)
    state.by_label = {}
    _release(doc.user_data[ENTITIES], mention.kb_id_)


def _release(registry: dict[str, Entity], entity_id: str) -> None:
    """Count one mention fewer of an entity, and forget it where none is left."""
    entity = registry[entity_id]
    entity.mentions -= 1
    if not entity.mentions:
        del registry[entity_id]


# A short name given in brackets after a body's name (（以下简称某某）, (下称“某某”)).
_GIVEN_SHORT_NAME = regex("[（(](?:以下)?(?:简称|下称)[:：]?[“\"]?([^（）()“”\"，,。、:：]{2,12})[”\"]?[）)]")


def before_given_short_name(text: str, position: int) -> int:
    """Where the brackets giving a short name start that end at `position` (某工会联合会（以下简称某某）主席:
    the body's name ends there), else `position`."""
    opening = max(text.rfind("（", 0, position), text.rfind("(", 0, position))
    return opening if opening >= 0 and _GIVEN_SHORT_NAME.fullmatch(text, opening, position) else position


def after_given_short_name(text: str, position: int) -> int:
    """Where the brackets giving a short name that open at `position` end (某某医院（下称：某院）工会: the
    body's union follows them), else `position`."""
    given = _GIVEN_SHORT_NAME.match(text, position)
    return given.end() if given else position


def named_by_given_short_name(doc: Doc, label: str, rule: str) -> None:
    """某某保险股份有限公司某分公司（以下简称某某国寿）, 某街道工会联合会（以下简称街道工会）, “甲、乙、丙”（简称“X”）: the
    short name a body or program of `label` is given in brackets, there and wherever the article writes it later, is
    that body or program (a mention of `label` found there, or one holding it by that name, is repointed to it)."""
    text = text_of(doc)
    given = list(_GIVEN_SHORT_NAME.finditer(text))
    if not given:
        return
    registry = entities_of(doc)
    found = mentions(doc, label)
    by_end = {span.end: span for span in found}
    by_span = {(span.start, span.end): span for span in found}
    for match in given:
        named_as = by_end.get(match.start())
        if named_as is None:
            continue
        short = match.group(1)
        position = match.start(1)
        while position != -1:
            end = position + len(short)
            written = by_span.get((position, end)) or next(
                (span for span in found if span.start <= position and end <= span.end and span.kb_id_ in registry
                 and registry[span.kb_id_].name == short), None)  # (“查保促”活动: a program's mention holds its quotes)
            if written is not None:
                if written.kb_id_ != named_as.kb_id_ and written.kb_id_ in registry:
                    repoint_mention(doc, written, named_as.kb_id_)
            elif not covered(doc, position, end, ("ORG", "UNION", label)):
                add_mention(doc, position, end, label, registry[named_as.kb_id_], rule)
            position = text.find(short, end)


# What a company's name may be written without (某某石化 for 某某石化公司, 某某集团 for 某某集团有限公司).
_COMPANY_FORM = regex("(?:集团)?(?:股份)?(?:有限(?:责任)?)?公司|集团")


def repoint_to_fuller(doc: Doc, label: str, is_fuller: Callable[[str, str], bool], longest: bool) -> None:
    """Make each mention of `label` one of the entity the article names more fully: of the names
    `other` for which `is_fuller(name, other)` holds, the longest (`longest`), or else the one alone."""
    registry = entities_of(doc)
    found = mentions(doc, label)
    names = {registry[span.kb_id_].name: span.kb_id_ for span in found}
    for span in found:
        name = registry[span.kb_id_].name
        fuller = [other for other in names if is_fuller(name, other)]
        if fuller and longest:
            repoint_named(doc, names, span, name, names[max(fuller, key=len)])
        elif len(fuller) == 1 and names[fuller[0]] != span.kb_id_:
            repoint_named(doc, names, span, name, names[fuller[0]])


def repoint_named(doc: Doc, names: dict[str, str], mention: Mention, name: str, entity_id: str) -> None:
    """`repoint_mention` within a pass over `names` (entity ids by name): once the entity called
    `name` has no mention left, `names` finds `entity_id` under its name, so that a later mention
    repointed to it goes where it went (某小学 … 某区某小学 … 某市某区某小学)."""
    repoint_mention(doc, mention, entity_id)
    if mention.kb_id_ not in entities_of(doc):
        names[name] = entity_id


def join_written_without_legal_form(doc: Doc, label: str, tail: str = "") -> None:
    """Make each mention of `label` whose name is a company's without its legal form, then `tail`
    (某某石化, 某某集团工会), one of the entity named with it (某某石化公司, 某某集团有限公司工会),
    the longest where several."""
    def with_legal_form(name: str, other: str) -> bool:
        stem = name[:len(name) - len(tail)]
        return name.endswith(tail) and other.startswith(stem) and other.endswith(tail) \
            and _COMPANY_FORM.fullmatch(other, len(stem), len(other) - len(tail)) is not None

    repoint_to_fuller(doc, label, with_legal_form, longest=True)


# Which regions a bare 省 / 市 / 县 … in 省总, 市人社局, 县委 may stand for, by preference.
_HOME_LEVELS = {"省": ("province",), "自治区": ("province",), "自治州": ("prefecture",),
                "市": ("prefecture", "province", "county"), "县": ("county",), "区": ("county", "zone"), "旗": ("county",),
                "州": ("prefecture",), "盟": ("prefecture",), "新区": ("county", "zone"), "特区": ("county",), "林区": ("county",),
                "镇": ("township",), "乡": ("township",)}
# Where the article names no region of the kind: the levels, in order, of the divisions its places lie in.
_IMPLIED_LEVELS = {"省": ("province",), "自治区": ("province",), "州": ("prefecture",), "市": ("county", "prefecture", "province"),
                   "县": ("county",), "区": ("county", "province"), "旗": ("county",), "盟": ("prefecture",)}


def region_entity(gazetteer: RegionGazetteer, region: Region) -> Entity:
    """The canonical entity of a division of the gazetteer."""
    province = gazetteer.province_of(region)
    attributes = {"province": province.name, "level": region.level, "code": region.code}
    if region.until:
        attributes["until"] = region.until
    return Entity(id=f"region:{region.code}", type="Region", name=region.name, attributes=attributes)


# A province named by its one-character name (在京召开, 赴沪学习) is where people go or meet: no home of bare levels.
_PLACE_GONE_TO = "regions.one_character_name"
_OUTWEIGHING_PLACES = 3  # the fewest places an article names in its own province, for them to outweigh another's
_FEW_NAMESAKES = 2  # a township named alone, with more namesakes than this, tells no county or city


# The region codes of 台湾, 香港 and 澳门 (GB/T 2260: 71, 81, 82).
OUTSIDE_THE_FEDERATION = ("region:71", "region:81", "region:82")


def _home_candidates(doc: Doc) -> list[Mention]:
    """The places that may be the article's own, whose bodies it writes with a bare level: all but
    the provinces named by where people go (`_PLACE_GONE_TO`) and the places no federation of the
    national federation stands in (台湾, 香港, 澳门: those an exchange names)."""
    return [span for span in mentions(doc, "REGION")
            if span.rule != _PLACE_GONE_TO and not span.kb_id_.startswith(OUTSIDE_THE_FEDERATION)]


def _implied(doc: Doc, level: str) -> Entity | None:
    """The division of `level` that the places the article names lie in, the one most of them
    share (省总工会 in an article that names only 西宁市 and 海东市 is 青海省's)."""
    found = _lying_in(doc, level)
    if not found:
        return None
    gazetteer = default_gazetteer()
    return region_entity(gazetteer, gazetteer.by_code[found.most_common(1)[0][0]])


def _lying_in(doc: Doc, level: str) -> Counter[str]:
    """How many of the places the article names lie in each division of `level`, by its code."""
    registry = entities_of(doc)
    gazetteer = default_gazetteer()
    places = []
    for span in _home_candidates(doc):
        code = registry[span.kb_id_].attributes.get("code") or registry[span.kb_id_].attributes.get("parent", "")
        known = gazetteer.by_code.get(code.removeprefix("region:"))
        if known is not None:
            places.append(known)
    named = {place.code for place in places}
    found: Counter[str] = Counter()
    for known in places:
        if known.level == "township" and len(gazetteer.candidates(known.name)) > _FEW_NAMESAKES and \
                not named.intersection(gazetteer.lineage(known)[1:]):
            continue  # 城东街道 alone: one of many namesakes (a guess more likely wrong than right) places nothing
        found.update(above.code for above in (known, *gazetteer.ancestors(known)) if above.level == level)
    return found


def _home_outweighing(doc: Doc, fitting: list[Mention]) -> Entity | None:
    """The province most of the article's places lie in, where it names another only as a place
    (浙江宁波到贵阳的专列 … 贵阳北站 … 遵义、安顺 … 省总工会: 贵州省's) and its own places outweigh that
    one's twice over."""
    if any(covered(doc, span.start, span.end, ("UNION", "ORG")) for span in fitting):
        return None  # 某省总工会 … 省总工会: the province a body is named with
    votes = _lying_in(doc, "province")
    if not votes:
        return None
    best, count = votes.most_common(1)[0]
    named = {span.kb_id_.removeprefix("region:") for span in fitting}
    if best in named or count < _OUTWEIGHING_PLACES or count < 2 * max(votes[code] for code in named):
        return None
    gazetteer = default_gazetteer()
    return region_entity(gazetteer, gazetteer.by_code[best])


def _implied_home(doc: Doc, word: str) -> Entity | None:
    """The division a bare 区 / 市 / 县 … stands for where the article names none of its kind: the
    one its places lie in, at the first of `word`'s levels whose division is named with `word`
    (区总工会 where only a street is named is its district's, else an autonomous region's; 市总工会 where
    only a town of a county-level city is named is that city's; 市总 in an article on a district of a
    municipality is the municipality's)."""
    for level in _IMPLIED_LEVELS.get(word, ()):
        region = _implied(doc, level)
        if region is not None and region.name.endswith(word):
            return region
    return None


# Characters after which a bare 市人社局 / 县委 still starts a name (联合市人社局, 和县委, 受市人大常委会委托, 该区人社局,
# 我市总工会, 本省, 为旗教育系统工会送上…).
_BEFORE_BARE_FORM = "和与及、同由在向对把将被让请受联合会到赴是该我本从为给经的"
_OF_AN_AREA = "域的"  # 县域的, 市域的: of the area of a level, whose bare bodies are any place's
_THERE_ARE = "有"  # after 的, a comma or 还 (参加的有, 还有): what there is follows (not 所有, 拥有)
_BEFORE_THERE_ARE = "的，,：:还"
_ON_BEHALF_OF = "代表"
# The words after which one does: verbs, prepositions, conjunctions, pronouns, the verbs the
# dictionary calls adjectives (落实省委) and words of time (目前州、县总工会).
_BEFORE_BARE_FORM_TAGS = ("v", "p", "c", "r", "a", "t")


def joins_word_before(text: str, start: int) -> bool:
    """Whether the level word at `start` ends a word with the character before it (强县), which that
    character does not rather end with its own predecessor (按照自治区, 其中省: 照 and 中 are 按照's
    and 其中's), or a noun with the two before it (功能区); not 该, 我 or 本 (该县, 我市, 本省 are the
    article's own)."""
    words = common_words()
    if start >= 2 and words.get(text[start - 2: start + 1], (0, ""))[1] == "n":
        return True  # 电子机械功能区总工会, 某某开发区总工会: the 区 of a zone's head, no bare level
    across = words.get(text[start - 1: start + 1]) if start else None
    if across is None or text[start - 1] in "该我本":
        return False
    if text[start - 1] in _LOCATIVES_AFTER_WORDS and text[start - 3: start - 1] in words:
        return False  # 在比赛过程中省总工会: a locative after a word closes the phrase before (not 中省)
    return words.get(text[start - 2: start], (0, ""))[0] <= across[0] if start >= 2 else True


_LOCATIVES_AFTER_WORDS = "中上后时里"  # what closes a phrase of time or place after a word (过程中, 会上, 会后)


# Words union news writes that the dictionary holds as names (职工安康, 安康驿站, 保安康: well-being, after
# the nationwide 安康杯 campaign): no person's name, and a place only where the article names it otherwise.
WORDS_OF_UNION_NEWS = ("安康",)
AREA_OFFICE = "地区"  # after a Beijing township's name, its office area (某某地区, 某某地区总工会): the township
DOUBLED_LEVELS = "省市县区"  # levels written again after a place of that level (某县县委, 某市市总工会)


def bare_form_starts(text: str, start: int) -> bool:
    """Whether a bare 市人社局 / 县委 / 县人民医院 / 市工业工会 starts a name here: after punctuation,
    a function word, a verb (组织县人民医院), a preposition, a conjunction or a pronoun (按照自治区总工会,
    其中省总工会), not inside a word (城市人民医院)."""
    if text[start - 2: start] == _OF_AN_AREA:
        return False  # 所在县域的县委书记: of the area of any county, no body of the article's own
    if not start or not CJK_CHAR.match(text[start - 1]) or text[start - 1] in _BEFORE_BARE_FORM:
        return True
    if text[start] in DOUBLED_LEVELS and (text[start - 1] == text[start] or text[start - 2: start] == text[start] + "委"):
        return True  # 某县县委, 某市市总工会, 市委市政府: the level written again after a place or its committee
    if text[start - 1] == FORMER and (start < 2 or not CJK_CHAR.match(text[start - 2])):
        return True  # 、原市人民政府督学: the body someone formerly served
    if text[start - 1] == _THERE_ARE and start >= 2 and text[start - 2] in _BEFORE_THERE_ARE:
        return True  # 参加的有区法院、…, 还有市总工会: a body after the verb of what there is
    if text.endswith(_ON_BEHALF_OF, 0, start):
        return True  # 代表州委、州人大: the bodies one speaks for
    if joins_word_before(text, start):
        return False  # 各社区工会联合会: the 区 of 社区
    verb_end = start - 1 if text[start - 1] == "了" else start  # 走访了市某某公司
    return common_words().get(text[max(0, verb_end - 2): verb_end], (0, ""))[1] in _BEFORE_BARE_FORM_TAGS


def home_region(doc: Doc, word: str, position: int, preferred: set[str] | None = None) -> Entity | None:
    """The place a bare 省总 / 市总 / 县委 / 市人社局 … stands for: the nearest region of that kind before it
    in the article, else the first after it; among the `preferred` regions if any of them fits, else
    the one of that kind they lie in (某市总工会 … 省总工会: that city's province, not one named only
    inside an institution's name). Where the article names no region of that kind, the one its places
    lie in (`_implied_home`)."""
    registry = entities_of(doc)
    text = text_of(doc)
    levels = _HOME_LEVELS[word]
    fitting = [
        span for span in _home_candidates(doc)
        if registry[span.kb_id_].attributes.get("level") in levels
        and (registry[span.kb_id_].name.endswith(word) or text.endswith(word, span.start, span.end))
        and not registry[span.kb_id_].name.endswith("园区")  # (an industrial park has no federation a bare 区总工会 names)
    ]  # (溧水县 … 县总工会: a county the article writes as it was, a district now)
    fitting = [span for span in fitting if not in_credit_line(text, span.start)] or fitting
    # (来源：某县总工会 … 县总工会: the article's place where it names one outside the credit line, not the source's)
    districts = {span.kb_id_ for span in fitting if registry[span.kb_id_].attributes.get("level") == "county"}
    fitting = [span for span in fitting if registry[span.kb_id_].attributes.get("parent") not in districts]
    # (某区总工会 … 某某新区总工会 … 区总工会: a zone inside a district the article names; the bare 区 is the district)
    if preferred and any(span.kb_id_ in preferred for span in fitting):
        fitting = [span for span in fitting if span.kb_id_ in preferred]
    elif preferred and (above := _containing(preferred, word)) is not None:
        return above
    if not fitting:
        return _implied_home(doc, word)
    if levels == ("province",) and not preferred and (outweighing := _home_outweighing(doc, fitting)) is not None:
        return outweighing
    before = [span for span in fitting if span.end <= position]
    if before:
        named = Counter(span.kb_id_ for span in before)
        usual, times = named.most_common(1)[0]
        if named[before[-1].kb_id_] == 1 and times >= _USUAL_HOME and before[0].kb_id_ == usual:
            return registry[usual]  # 甲区…甲区…与乙区总工会结对…区总工会将…: the article's own, named first and again,
            # not a partner named once on the way
        return registry[before[-1].kb_id_]
    return _lying_before(doc, word, position) or _first_named_after(doc, word, position) or registry[fitting[0].kb_id_]


_USUAL_HOME = 2  # times at least the article names its own place before a bare form, against another's once
_CHAIN_REACH = 40  # how far back a chain of posts (某县人大常委会副主任、…) may open
_CHAIN_BREAK = regex("[，。；：,;:\n]")


def chain_place(doc: Doc, word: str, position: int) -> Entity | None:
    """The place of `word`'s kind that opens the chain of posts a bare form at `position` follows
    (某县人大常委会副主任、县总工会主席某某: that county, not the one another chain named before)."""
    text = text_of(doc)
    if text[position - 1: position] != "、":
        return None
    reach = max(position - _CHAIN_REACH, 0)
    opening = max([reach] + [match.end() for match in _CHAIN_BREAK.finditer(text, reach, position)])
    registry = entities_of(doc)
    fitting = None
    for span in mentions(doc, "REGION"):
        region = registry[span.kb_id_]
        if opening <= span.start and span.end < position and region.attributes.get("level") in _HOME_LEVELS[word] \
                and region.name.endswith(word):
            fitting = region  # the last one before the post
    return fitting


def _containing(region_ids: set[str], word: str) -> Entity | None:
    """The division of `word`'s kind that one of the regions `region_ids` lies in, if just one does."""
    gazetteer = default_gazetteer()
    found = set()
    for region_id in region_ids:
        known = gazetteer.by_code.get(region_id.removeprefix("region:"))
        above = next((region for region in gazetteer.ancestors(known) if _of_kind(region, word)), None) if known else None
        if above is not None:
            found.add(above)
    return region_entity(gazetteer, found.pop()) if len(found) == 1 else None


def _lying_before(doc: Doc, word: str, position: int) -> Entity | None:
    """The division of `word`'s kind that most of the places named before `position` lie in, the first
    of them on a tie (某市…考察甲市、乙市…省委 … 某省某公司: the province of the article's own places, not one named
    only later)."""
    votes = Counter(fitting.code for span, fitting in _divisions_of_kind(doc, word)
                    if span.start < position and fitting is not None)
    if not votes:
        return None
    best = votes.most_common(1)[0][0]  # (Counter keeps the first named first among equals)
    gazetteer = default_gazetteer()
    return region_entity(gazetteer, gazetteer.by_code[best])


def _divisions_of_kind(doc: Doc, word: str) -> Iterator[tuple[Mention, Region | None]]:
    """Each place that could be a bare form's home, with the division of `word`'s kind it is or lies in,
    if any (places no division is, villages and zones, left out)."""
    registry = entities_of(doc)
    gazetteer = default_gazetteer()
    for span in _home_candidates(doc):  # (not 台湾 named after 省台办: no home of bare levels)
        known = gazetteer.by_code.get(registry[span.kb_id_].attributes.get("code", ""))
        if known is not None:
            yield span, next((region for region in (known, *gazetteer.ancestors(known)) if _of_kind(region, word)), None)


def _first_named_after(doc: Doc, word: str, position: int) -> Entity | None:
    """The division of `word`'s kind that the first place named after `position` is or lies in
    (省总工会调研组到某市: that city's province, not a province named later inside a company's name)."""
    for span, fitting in _divisions_of_kind(doc, word):
        if span.start >= position:
            return region_entity(default_gazetteer(), fitting) if fitting is not None else None
    return None


def _of_kind(region: Region, word: str) -> bool:
    """Whether `region` is a current division of the kind a bare `word` (省, 市, 县 …) stands for."""
    return region.level in _HOME_LEVELS[word] and region.name.endswith(word) and not region.until


def covered(doc: Doc, start: int, end: int, labels: tuple[str, ...]) -> bool:
    """Whether [start, end) overlaps a mention of one of `labels`."""
    state = _state(doc)
    spans = state.sorted()
    first = bisect.bisect_left(spans, start - state.longest, key=_start)
    last = bisect.bisect_left(spans, end, lo=first, key=_start)
    return any(start < span.end and span.label_ in labels for span in spans[first:last])


CLAUSE_MARKS = "，。；：！？,;:!?\n"  # what ends a clause (a sentence's end too)
SENTENCE_MARKS = "。！？\n"


def start_after_last(text: str, position: int, marks: str) -> int:
    """Where the clause or sentence holding `position` starts: after the last of `marks` before it."""
    return max(text.rfind(mark, 0, position) for mark in marks) + 1


# Words for kinds of business and nothing else, one of them 企业 or 平台 (平台企业, 企业集团, 重点骨干企业):
# a kind, named by no one (集团公司 alone may stand for the company an article is about).
KINDS_OF_BUSINESS = regex("(?=.*(?:企业|平台))(?:平台|企业|集团|公司|重点|骨干|龙头|中小|小微|民营|国有|非公|规上|头部|新业态|互联网)+")
# Public bodies of a kind, named by what they are (基层学校, 市直属学校, 县区学校, 附属医院, 农村学校): none named.
KINDS_OF_INSTITUTION = regex("[省市县区]?(?:直属|附属|所属|下属|基层|农村|乡村|城区|城乡|县区|区县|公办|民办|[省市县区]属)+"
                             "(?:中小学|学校|医院|幼儿园|卫生院|单位)")
# The verbs of a visit, after which a body's name starts (走访某某科技, 前往市水利工会).
VISIT_VERBS = ("走访", "来到", "深入", "走进", "前往", "慰问", "看望", "调研", "考察", "参观")
# A union's own event, named after the verb of holding it: 某总工会组织的…夏令营.
HELD_BY_OWNER = regex("(?:组织(?:策划)?|举办|主办|承办|开展)的")  # (某总工会组织策划的…: planned too)
# A program coming to a place right after its name (“X”活动走进某街道, “X”开进某公司), perhaps after when or how often.
COMING_WHEN = "(?:近日|日前|先后|再次|又|还)?"
COMING_TO = "走进|走入|开进|来到"
# The title of a document, law or publication: 《关于开展某某行动的通知》.
DOCUMENT_TITLE = regex("《[^《》\n]{0,80}》")
# The trades a company names after its trade name (企业名称: place + 字号 + 行业 + 组织形式; 弘名科技, 明都线缆).
TRADES = ("科技|线缆|电缆|电子|电器|电气|物流|建材|建工|制造|实业|传媒|餐饮|地产|置业|鞋业|纸品|纸业|服饰|服装|食品|"
          "医药|药业|化工|机械|能源|环保|汽车|家居|纺织|材料|包装|印刷|装饰|酒业|乳业|矿业|钢铁|水泥|陶瓷|塑业|"
          "精密|光电|智能|新材|生物|农业|牧业|渔业|商贸|贸易|超市|商场|百货|快递|速运|速递|投资|控股|"
          "制药|医疗|重工|电力|软件|劳务")
_OPENS_WITH_TRADE = regex(f"(?:{TRADES})")
# Quoted brands listed before a word for businesses: “某某外卖”“某某快送”等平台, “某某”等三家企业.
BRAND_QUOTE = regex("“[^“”\n]{1,20}”")
QUOTED_BRANDS = regex(f"{BRAND_QUOTE.pattern}(?:[、和与]?{BRAND_QUOTE.pattern})*等(?:[一二三四五六七八九十两几多]?家)?"
                           "(?:外卖|快递|网约车|电商|互联网|头部|龙头)?(?:平台|企业|公司|商家)(?!项目|活动|建设)")
# An edition (首届, 第七届): a body's term or an event's number, before the name.
EDITION = regex("首届|第[一二三四五六七八九十百\\d]+届")
WHOLE_SCOPES = ("全国", "全省", "全市", "全区", "全州", "全县")  # all of a level's there (全国煤矿, 全市职工)
FORMER = "原"  # before a post, a body or its place: held or worked at before, no longer (原副主席, 原某某公司)
AUTONOMOUS_REGION = "自治区"
WORKFORCE_REFORM = "产业工人队伍建设改革"  # the nation's reform of its industrial workforce, which local unions take part in
NATIONAL_OPENINGS = ("中国", "中华", "全国", "国家", "中央")  # what opens the names of national bodies and companies
NAME_STOP = regex(f"[^{CJK}A-Za-z]|[丨的在和与及暨对向为由因是了着把将被从让给到赴至于以并但而等其该各经据按当或也都还又就即他她我们这那个兼]")  # (丨: a separator web headlines use)
IDIOM_TAGS = ("i", "l")  # the dictionary's idioms and set phrases
ASPECT_PARTICLES = "了着过"  # the particles of a verb's aspect, after it
# Predicates that often stand right before an organisation's name: the name starts after them.
PREDICATES = regex(
    ".*(组成|成立|组建|建立|举办|开展|联合(?!会计|网络|银行|大学|学院|医院|集团|公司)|指导|推动|帮助|依托|通过|支持|走访|来到|参加|加入|成为|包括|"
    "发动|号召|动员|引导|带领|组织|走进|深入|协调|督促|推进|会同|邀请|围绕|进入|简称|得知|随后|争取|响应|"
    "慰问|看望|参观|观摩|助力|助推|召开|辜负|返回|带回|获得|荣获|前往|正值|携手|产生|要求|代表(?!大会)|坚持|旗下|下属|所属|年来|来自|只有|考查|对标|就读于|毕业于|任职于|当选|命名|授予|落实|贯彻|调研|考察|视察|点赞|"
    "考入|考上|考取|录取|莅临|圆梦|举行|健全|辖区内?|率|携(?![程手])|联系(?!点)|报道|特邀|送上|面向|随着|随著|祝贺|获评|获聘|评为|资助|捐助|协助|支援|"
    "委托|隶属|入住|住进|漫步|游览|(?<=[网报线台社媒端号闻])讯|报送|上报|呈报|报请|(?<=[后经])报|既有|还有|也有|均有|另有|(?<=[边近内里])有|受|传递|庆祝|献礼|感谢|宣布|宣读|通报|授牌|表彰|颁发|聘任|聘请|(?<=[团会局部组队])来|构建|(?<=[会局司])建(?![设筑材])|"
    "评定|复查|检查(?![站院所组])|督导(?!组)|考核(?!组)|互查|验收(?!组)|提醒|告知|展现|成员(?!单位))"
)
# Times told from the day of writing (今年, 近日, 上午), which open a clause and no name.
_RANK = regex("第[一二三四五六七八九十\\d]{1,3}名")  # a place won, before the winner
_TIME_NOW = regex("今年|去年|明年|前年|近日|日前|目前|当前|今天|昨天|近期|近年|年初|年底|上半年|下半年|上午|下午|晚上|最后|最终|随后|首先")
# How often a word is found in the dictionary's corpus for it to be an ordinary word, no part of a
# name (现有, 要直面): the threshold the recognisers share.
FREQUENT_WORD = 100
# Parts of speech that do not open a name: verbs, adverbs, prepositions, conjunctions, pronouns.
LEADING_TAGS = ("v", "d", "p", "c", "r", "ad", "vd", "t", "f")
# Words that open a clause rather than a name even right after punctuation: verbs, adverbs,
# conjunctions and prepositions this frequent (提升, 鼓励, 同时, 随着).
_CLAUSE_OPENING_TAGS = ("v", "d", "c", "p")
_CLAUSE_OPENING = 1000


def first_characters(alternatives: str) -> str:
    """A lookahead for the first characters of '|'-joined literal alternatives (an alternative may
    also be one character class, "[厅局]"). Python's regex engine tries a plain alternation at
    every position; behind this lookahead it jumps from candidate to candidate."""
    firsts: set[str] = set()
    for alternative in alternatives.split("|"):
        firsts.update(alternative[1: alternative.index("]")] if alternative.startswith("[") else alternative[0])
    return "(?=[" + "".join(sorted(firsts)) + "])"


ADVERB_TAGS = ("d", "ad")  # adverbs, and adjectives used as adverbs (切实, 积极)
MODALS = "要应需将"  # the modal verbs that open a clause (要提升…, 需统筹…), no name


def opens_with_adverb(words: str) -> bool:
    """Whether `words` open with an adverb or a modal verb (持续提升…, 要…, 需统筹…, 进一步…, 切实扩大…): a
    clause, not a name. A place's name that the dictionary also holds as an adverb (大连) opens names."""
    return bool(words) and (words[0] in MODALS or len(words) > 2 and common_words().get(words[:3], (0, ""))[1] == "d" or (
        common_words().get(words[:2], (0, ""))[1] in ADVERB_TAGS and not default_gazetteer().candidates(words[:2])))


def longest_first(words: Iterable[str]) -> str:
    """`words` as a '|'-joined alternation, longest first, in the same order in every run (a set's
    order changes from one process to the next)."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


def scannable(alternatives: str) -> str:
    """'|'-joined literal alternatives (an alternative may open with one character class, "[厅局]")
    as a group whose every branch opens with a literal character. A pattern that opens with such a
    group lets Python's regex engine jump from one possible first character to the next; a plain
    alternation, or one behind a lookahead, is tried at every position (two to six times slower)."""
    branches = []
    for alternative in alternatives.split("|"):
        if alternative.startswith("["):
            close = alternative.index("]")
            branches += [first + alternative[close + 1:] for first in alternative[1: close]]
        else:
            branches.append(alternative)
    return f"(?:{'|'.join(branches)})"


def splits_into_words(phrase: str, tag: str | tuple[str, ...] = "") -> bool:
    """Whether `phrase` splits, longest words first, into dictionary words of two to four
    characters, each with a part of speech starting with `tag` (any, by default), or for a
    tuple of tags, one of them exactly."""
    words = common_words()
    position = 0
    while position < len(phrase):
        for size in (4, 3, 2):
            entry = words.get(phrase[position: position + size])
            # (a slice past the end is shorter than `size`: a one-character word there does not count)
            if entry is not None and position + size <= len(phrase) and (
                    entry[1] in tag if isinstance(tag, tuple) else entry[1].startswith(tag)):
                position += size
                break
        else:
            return False
    return True


# Heads of hospitals and schools, whose names never open with a verb.
_INSTITUTION_HEADS = ("医院", "学校", "大学", "中学", "小学", "学院")
_FREQUENT_ADVERB = 1000  # an adverb this frequent (充分, 积极) inside a run of characters shows a clause


_GOING_TO = "去到跑进回"  # one-character verbs of going right before a hospital or a school (去医院)


_CAUSATIVES = "使让令"  # one-character verbs of making a body do something (使学校…)


def clause_before_institution(name: str) -> bool:
    """Whether a hospital's or school's name opens with a verb or holds a frequent adverb, as a
    clause's words do (建设现代医院, 积极促进医院, 义诊充分展示出医院): no name."""
    head = next((head for head in _INSTITUTION_HEADS if name.endswith(head)), "")
    if not head:
        return False
    if name[-len(head) - 1: -len(head)] in _GOING_TO:
        return True  # 舍不得花钱去医院, 送到医院: going to one, none named
    words = common_words()
    if name[:1] in _CAUSATIVES and name[1:] in words:
        return True  # 使学校工会走上…: a causative verb, then a kind of body, none named
    return words.get(name[:2], (0, ""))[1] in ("v", "vn") or any(
        words.get(name[i: i + 2], (0, ""))[1] in ADVERB_TAGS and words[name[i: i + 2]][0] >= _FREQUENT_ADVERB
        for i in range(len(name) - 3))


def holds_verb(phrase: str, rarest: int = 0) -> bool:
    """Whether a two-character verb (by jieba's dictionary) occurs in `phrase`, at least `rarest` times
    frequent; not one that straddles two words (公安分局: 公安 and 分局, no 安分)."""
    words = common_words()
    return any(words.get(phrase[i: i + 2], (0, ""))[1] == "v" and words[phrase[i: i + 2]][0] >= rarest
               and not (i and i + 3 <= len(phrase) and phrase[i - 1: i + 1] in words and phrase[i + 1: i + 3] in words)
               for i in range(len(phrase) - 1))


# Adverbs that stop a name unless they open a word with the next character (就业, 经济, 都市).
_STOPS_IN_WORDS = set("就经据当都还又即个对")  # stops that open words: adverbs (就业, 经贸), a classifier (个体), 对外
_TRADES_OPENED_BY_STOP = ("按摩", "在线")  # trades opened by a preposition (某市盲人按摩行业工会联合会, 某市在线教育行业协会)
_WORD_OPENED_BY_ADVERB = 500  # a word this frequent (经贸, 就业, 都市) that such a character opens keeps it in the name
# Short forms that such a character opens, rare in the dictionary: 经开 (经济技术开发区: 经开区, 某地经开资产公司),
# 经信 (经济和信息化: 经信委, 某市经信系统工会), 经管 (经济管理: 某大学经管学院).
_SHORT_FORMS_OPENED_BY_STOP = ("经开", "经信", "经管")


def _opens_word(text: str, position: int, words: dict[str, tuple[int, str]]) -> bool:
    """Whether the stop at `position` opens a common word there (新就业形态…, 个体劳动者协会), or a
    short form of government (经开区, 经信委): then it is part of the name, not its boundary."""
    opened = words.get(text[position: position + 2], (0, ""))[0]
    return text[position] in _STOPS_IN_WORDS and (
        opened >= _WORD_OPENED_BY_ADVERB and words.get(text[position + 1: position + 3], (0, ""))[0] < opened
        or text.startswith(_SHORT_FORMS_OPENED_BY_STOP, position)) \
        or text.startswith(_TRADES_OPENED_BY_STOP, position)  # (not 对外国语学校: 外国 is the more frequent word there)


# A credit line's label at a line's start (作者：…, 来源：…): what follows names who tells the news.
_CREDIT_LINE = regex("[ \u3000]*(?:作者|供稿|稿源|来源|信息来源|编辑|责编|责任编辑|审核|通讯员)[：:]")


# A route between places, or a manner written as one (“广州到黔南”专列, “漳州—长沙、南昌”专列, “门到门”服务): no name.
_ROUTE = regex(f"([{CJK}]{{1,5}})(?:[到至]|—{{1,2}}|－)([{CJK}]{{1,5}}(?:、[{CJK}]{{1,5}})*)")


def is_route(quoted: str) -> bool:
    """Whether a quoted phrase is a route between places (广州到黔南, 漳州—长沙、南昌) or a manner (门到门)."""
    route = _ROUTE.fullmatch(quoted)
    return route is not None and (route.group(1) == route.group(2) or all(
        default_gazetteer().candidates(place) for place in (route.group(1), *route.group(2).split("、"))))


def in_credit_line(text: str, position: int) -> bool:
    """Whether `position` is in a credit line (作者：某公司工会某某、某办公室某某): a byline, no fact."""
    return _CREDIT_LINE.match(text, text.rfind("\n", 0, position) + 1) is not None


def stops_name(phrase: str) -> bool:
    """Whether a character that stops names stands in `phrase`, other than one that opens a common
    word there (外经贸工会: 经贸; 新就业形态…: 就业)."""
    words = common_words()
    return any(not _opens_word(phrase, stop.start(), words) for stop in NAME_STOP.finditer(phrase))


_NOUN_TAGS = ("n", "nr", "nz", "ns")
_NAME_PART_TAGS = (*_NOUN_TAGS, "b")  # and distinguishing words (中等, 高等: 某市中等专业学校)
_FREQUENT_VERB = 100  # a verb this frequent (给予, 并购, 对接) is read as the verb, not as a boundary and a name


def _opens_verb(text: str, position: int, words: dict[str, tuple[int, str]]) -> bool:
    """Whether the function character at `position` opens a frequent verb, preposition or conjunction
    (给予, 到达, 经过, 由于), or 其's pronoun (其中; not 各类, which the generic prefixes read)."""
    frequency, tag = words.get(text[position: position + 2], (0, ""))
    return (tag in ("v", "p", "c") or tag == "r" and text[position] == "其") and frequency >= _FREQUENT_VERB


_VERBS_TAGGED_AS_NOUNS = ("交由", "转由", "改由")  # verbs of handing over the dictionary tags as nouns (交由某银行发放)


def _ends_noun(text: str, position: int, words: dict[str, tuple[int, str]]) -> bool:
    """Whether the function character at `position` ends a noun or a distinguishing word with the one
    before it (华为, 方向, 中等): then it is part of the name."""
    word = text[position - 1: position + 1]
    return position > 0 and words.get(word, (0, ""))[1] in _NAME_PART_TAGS and word not in _VERBS_TAGGED_AS_NOUNS


# 10家, 4.5万人, 三名: the classifier of a count, which no name opens with (6家二级公司).
# A count of units right before their head (三家医院, 两所学校).
COUNT_OF_UNITS = regex("[一二三四五六七八九十两几多数\\d]+余?[家所个]")
COUNTED_UNITS = regex(f"{COUNT_OF_UNITS.pattern}$")  # (1500余家银行: the count may end before the name)
_CLASSIFIER = regex("[万千亿]?[余多]?(?:场次|人次|兆瓦|公里|[家个名人项场次位批所座条支期元伏瓦吨])(?:以上|以下|左右)?")
# (3000场次以上; 220千伏某某变电站: a unit of measure, no part of the name after it)
_NUMERAL = regex("[\\d一二三四五六七八九十两百千万]")


def belongs_to_name(prefix: str) -> bool:
    """Whether the words before the place in a name belong to it: a short word that is neither a
    verb nor a time (国网长春…, not 今天广州市…), or nouns only (中国铁路武汉局…, not 标志着广州市…)."""
    if prefix[-1:] in ASPECT_PARTICLES:
        return False  # 握着某区人大常委会某某的手: a verb and its aspect, no part of a name
    if prefix.endswith(KINDS_OF_UNIT_BEFORE_PLACE):
        return False  # 受助企业某省某某有限公司: the kind of unit it is, then its name
    if prefix.endswith(_HOLDING_ENDS) and len(prefix) > 2:
        return True  # 长虹控股成都…有限公司: a company named with the group that holds it
    if len(prefix) <= 2:
        frequency, tag = common_words().get(prefix, (0, ""))
        return not holds_verb(prefix) and tag != "t" and not (tag in ("v", "p") and frequency >= _FREQUENT_FUNCTION_CHARACTER)
        # (如广州某某公司: a frequent one-character verb or preposition is no part of a name)
    # 中建钢构武汉…: a short brand of words the dictionary lacks, with no verb, belongs to the name too
    return splits_into_words(prefix, tag="n") or (
        len(prefix) <= _LONGEST_BRAND and prefix[-1] not in _BEFORE_A_PLACE and not holds_verb(prefix)
        and not leads_into_name(prefix) and not splits_into_words(prefix))


_LONGEST_BRAND = 6
_HOLDING_ENDS = ("控股", "集团")  # what a holding company's name ends in, before its subsidiary's place
_FREQUENT_FUNCTION_CHARACTER = 10000  # a one-character verb or preposition this frequent (如, 像, 与) opens no name
_BEFORE_A_PLACE = "赴往到在向于至由自"  # one-character verbs and prepositions a place follows (启程赴某省…, 赛事由某区…)
BANKS_WRITTEN_SHORT = ("建行", "交行", "招行", "工行", "农行", "中行", "农发行", "国开行")  # the big banks by their short names


def leads_into_name(prefix: str) -> bool:
    """Whether the words before a place are a verb or a time leading into a name that starts at
    the place (标志着…, 今天…, 牵头筹建…), not words of the name (中国某某有限公司海南分公司)."""
    if prefix in BANKS_WRITTEN_SHORT:
        return False  # 交行某市分行: a bank's short name opens its branch's
    words = common_words()
    return holds_verb(prefix) or prefix[-1:] in ASPECT_PARTICLES or words.get(prefix, (0, ""))[1] == "t" \
        or len(prefix) > 2 and words.get(prefix[-2:], (0, ""))[1] == "vn"  # (对口援助某市城管局: an act's noun)


def counts_people(text: str, start: int) -> bool:
    """Whether a count of people ends right before `start` (120名困难职工子女…): what follows is
    the people counted, not a name."""
    return text[start - 1: start] in ("名", "位", "人") and bool(_NUMERAL.match(text, max(start - 2, 0)))


def after_count(text: str, start: int) -> int:
    """`start`, or past the classifier there when a count ends right before it (6家二级公司 → 二级公司)."""
    if start and _NUMERAL.match(text, start - 1):
        classifier = _CLASSIFIER.match(text, start)
        if classifier:
            return classifier.end()
    return start


# Bracketed parts of companies' names, which punctuation does not end (某某（集团）有限公司).
_BRACKETED_PARTS = ("（集团）", "(集团)", "（控股）", "(控股)", "（中国）", "(中国)")


def _bracketed_place(text: str, end: int, floor: int) -> str:
    """The place in brackets that ends at `end`, if one does, by its short name as company names
    write it: （广州）, (富裕); not a division's full name, which names where a zone is: (新市区)."""
    opening = max(text.rfind("（", floor, end), text.rfind("(", floor, end))
    inside = text[opening + 1: end - 1]
    if opening < 0 or not 2 <= len(inside) <= 4:
        return ""
    candidates = default_gazetteer().candidates(inside)
    return text[opening: end] if candidates and not any(full for _, full in candidates) else ""


_PLURAL = "们"  # the plural of people (工人们), which ends the words before a name


_EXAMPLE_MARKERS = ("例如", "比如", "诸如", "如", "像")  # what opens an example given at a phrase's start


def name_start_before(text: str, end: int, longest: int = 24, floor: int = 0) -> int:
    """Where a name that ends at `end` starts: after punctuation, function words, the verb before
    it and the classifier of a count, and not before `floor`."""
    start = end
    words = common_words()
    while start > floor and end - start < longest:
        part = text[start - 1] in "）)" and (next((part for part in _BRACKETED_PARTS if text.endswith(part, floor, start)), "")
                                            or _bracketed_place(text, start, floor))
        if part:
            start -= len(part)  # 某某（集团）有限公司, 某某(广州)有限公司: a bracketed part of a company's name
        elif text[start - 1] == _PLURAL:
            break  # 工人们前来…: the plural of people ends a phrase, whatever word it ends
        elif not NAME_STOP.match(text[start - 1]) or _opens_word(text, start - 1, words) or _ends_noun(text, start - 1, words):
            start -= 1
        else:
            break
    if floor < start < end and _opens_verb(text, start - 1, words):
        start += 1  # 给予某某集团, 并购某某公司: the stop opens a verb, whose second character is none of the name's
    predicate = PREDICATES.match(text, start, end)
    if predicate:
        start = predicate.end()
    if text.startswith(NATIONAL_OPENINGS, start + 1) and text[start: start + 2] not in words and end - start > 4:
        start += 1  # 并商中国某某基金会: a one-character verb before a national body's name, whose 中 opens no word with it
    if start < end:
        start = after_date(text, start)  # 2025年某某铁路局, 8日某某公司工会
    if time := _TIME_NOW.match(text, start, end):
        start = time.end()  # 今年某某产业工会联合会成立, 2023年下半年某某: the time of the clause, no part of the name
    if rank := _RANK.match(text, start, end):
        start = rank.end()  # 第二名某局工会: the place a winner takes, in a list of results
    after_punctuation = start == 0 or not NAME_CHAR.match(text[start - 1])
    while end - start > 3 and _leading_word_opens_clause(text, start, end, after_punctuation, words):
        start += 2  # 需统筹某某医院, 同时某某银行, 鼓励某某集团
    example = next((marker for marker in _EXAMPLE_MARKERS if text.startswith(marker, start)), None)
    if example is not None and end - start - len(example) >= 2 and (start == 0 or not NAME_CHAR.match(text[start - 1])) \
            and (len(example) > 1 or text[start: start + 2] not in words):
        start += len(example)  # 如某某集团…, 像某某公司: an example given, its marker no part of the name (not 如意集团)
    if start > floor and text[start - 1: start + 1] in BANKS_WRITTEN_SHORT:
        start -= 1  # 在建行某支行: 在建 is a word, but 建行 opens the branch's name
    elif start - 2 >= floor and text[start - 2: start] in BANKS_WRITTEN_SHORT:
        start -= 2  # 联合建行某支行: the bank's short name, its 行 a stop, opens its branch's name
    return min(after_count(text, start), end)



# The kind of unit a name is written after (园区企业, 爱心企业, 合作单位), four characters or more before its head.
_ENTERPRISE = "企业"  # which may end a company's words too (某企业管理有限公司)
KINDS_OF_UNIT_BEFORE_PLACE = (_ENTERPRISE, "单位")  # what a kind of unit ends with, written before a name opening with a place
_KIND_BEFORE_NAME = regex(f".*(?:{'|'.join(KINDS_OF_UNIT_BEFORE_PLACE)}|伙伴)")
_KIND_OF_FIRM = regex("央企|国企|民企|外企")  # 驻辖区央企某某集团有限公司: the kind of firm, then its name


_AFTER_AN_EVENT = "上后前中间"  # 会上, 会后, 席间: a time by an event, which opens no name after it


def after_kind_of_unit(text: str, start: int, head_start: int) -> int:
    """Where a name whose head starts at `head_start` starts after the kind of unit written before it
    (爱心企业某某集团有限公司, 合作单位某某公司, 承办单位某某局工会, 央企某某集团; not inside 某企业管理有限公司某分公司)
    or after a time (会上某某集团副总裁, 会后某某集团工会, 重阳节某某厂工会)."""
    category = _KIND_BEFORE_NAME.match(text, start, head_start - 4)
    if category and (not category.group(0).endswith(_ENTERPRISE) or text.find("公司", category.end(), head_start) < 0):
        return category.end()  # (受赠单位某某分公司工会: a unit's kind ends no company's words)
    if (firm := _KIND_OF_FIRM.match(text, start, head_start - 2)) is not None:
        return firm.end()
    for size in (3, 2):  # 重阳节某某厂工会, 春节某某集团工会: a festival, the time of a headline, opens no name
        if head_start - start - size >= 2 and text.startswith("节", start + size - 1) and text[start: start + size] in common_words():
            return start + size
    if head_start - start > 3 and text[start + 1] in _AFTER_AN_EVENT and common_words().get(text[start: start + 2], (0, ""))[1] == "t":
        return start + 2
    return start


def after_date(text: str, start: int) -> int:
    """Past the last character of a date written with digits (2025年, 2025年度, 10月26日, 8号, 6月底) at
    `start`: it opens no name."""
    if text[start] in "年月日号" and text[start - 1: start].isdigit():
        start += 2 if text.startswith("年度", start) else 1  # (2023年度某某学校)
    if text[start: start + 1] in _PART_OF_MONTH and text[start - 1: start] in ("年", "月") and text[start - 2: start - 1].isdigit():
        start += 1  # 6月底就开始筹备…: the part of the month
    return start


_PART_OF_MONTH = ("底", "初", "末")  # after a month or a year written with digits (6月底, 2024年初)


# What joins the items of a list (甲县、乙县和丙县).
LIST_JOINS = "、和与及"


def _leading_word_opens_clause(text: str, start: int, end: int, after_punctuation: bool,
                               words: dict[str, tuple[int, str]]) -> bool:
    """Whether the two characters at `start` are a verb, adverb, preposition … opening a clause
    rather than the name ending at `end`: at a clause's start only a frequent verb, adverb,
    conjunction or preposition that names no place (not 大连, which the dictionary calls an adverb,
    nor a list's 通用某某); elsewhere any such word where more than two characters follow."""
    frequency, tag = words.get(text[start: start + 2], (0, ""))
    if tag not in LEADING_TAGS or words.get(text[start: start + 3], (0, ""))[1] in _NOUN_TAGS:
        return False  # (启明星化工: the verb 启明 opens the noun 启明星, a name's word)
    if not after_punctuation:
        return end - start > 4
    return tag in _CLAUSE_OPENING_TAGS and frequency >= _CLAUSE_OPENING and text[start - 1: start] != "、" \
        and not default_gazetteer().candidates(text[start: start + 2])


# A numbered bureau of a state builder (中建七局, 中铁四局), ending where a subsidiary's name opens.
NUMBERED_BUREAU_PATTERN = "中[铁建冶交核电化水][一二三四五六七八九十]{1,3}局"
_NUMBERED_BUREAU_AT_END = regex(NUMBERED_BUREAU_PATTERN + "$")
_SUBSIDIARY_GAP = 2  # how many characters of a subsidiary's name a stop (建, 安) may have cut after the bureau


def bureau_name_start(text: str, start: int) -> int:
    """Where a subsidiary's name starts that a stopping character cut (中建七局建装公司 found from 装): at the
    numbered bureau written up to two characters before `start`."""
    for gap in range(_SUBSIDIARY_GAP + 1):
        bureau = _NUMBERED_BUREAU_AT_END.search(text, max(0, start - gap - 8), start - gap)
        if bureau is not None and all(CJK_CHAR.match(character) for character in text[start - gap: start]):
            return bureau.start()
    return start


def trade_name_start(text: str, start: int, regions: list[Mention]) -> int:
    """Where a company's name starts that was found opening with its trade (药业股份有限公司), or one
    character before it (邦投资集团有限公司): at the place written up to three characters before, when a
    function character inside the trade name (云南某和药业, 四川和邦投资) stopped the name there.
    `regions` in text order."""
    if not (_OPENS_WITH_TRADE.match(text, start) or _OPENS_WITH_TRADE.match(text, start + 1)):
        return start  # (四川和邦投资…: one character of the trade name may stand before the trade)
    before = bisect.bisect_left(regions, start, key=_start)
    for region in regions[max(0, before - 2): before]:
        if 1 <= start - region.end <= 3 and all(CJK_CHAR.match(c) for c in text[region.end: start]):
            return region.start
    return start


def name_start_around_places(text: str, end: int, regions: list[Mention], floor: int = 0) -> int:
    """`name_start_before`, but a name does not start inside a place (`regions`, in text order):
    宁都县美团工会 starts at 宁都县 (都 alone would stop it), 成都局 at 成都."""
    start = name_start_before(text, end, floor=floor)
    around = bisect.bisect_left(regions, start, key=_start)
    # the places starting before it, the nearest first (德阳经开区 and the 德阳 inside it start together)
    for region in regions[max(0, around - 3): around][::-1]:
        if region.end >= start > region.start:
            return name_start_before(text, region.start, floor=floor)
    return start


def named(kind: str, name: str) -> Entity:
    """An entity identified by its normalised name; kind is "program" or "org". A program is
    identified without the year it opens with (2016年全市职工游园活动 is 全市职工游园活动 of 2016), and a
    contest written 比赛 or 赛 at its end is one (某某羽毛球比赛, 某某羽毛球赛)."""
    entity_id = program_id(name) if kind == "program" else f"{kind}:{name_key(name)}"
    return Entity(id=entity_id, type=KIND_TYPES[kind], name=name)


def program_id(name: str) -> str:
    """The id of the program `name` names: its key without the year it opens with, a contest's 比赛 as 赛."""
    key = name_key(name)
    return f"program:{_CONTEST_AT_END.sub('赛', _LEADING_YEAR.sub('', key) or key)}"


_LEADING_YEAR = regex("^\\d{4}年度?(?=..)")
_CONTEST_AT_END = regex(f"(?<=[{CJK}]{{4}})比赛$")  # 某市第二届教职工羽毛球比赛 is 某市第二届教职工羽毛球赛
_NOT_IN_KEY = regex(r"[\s\u3000“”‘’\"'「」『』《》·•▪・，,、（）()]|(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])")


def name_key(name: str) -> str:
    """The stable key of a name: without quotes, spaces, commas, brackets and the dots between words
    (“A,B”, “A、B”, “A B”, “A·B”, “A.B” are one name, and so are 乡镇（街道）… and 乡镇街道…)."""
    return _NOT_IN_KEY.sub("", name)
