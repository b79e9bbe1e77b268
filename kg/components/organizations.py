"""ORG: named non-union organisations — companies, government bodies, courts, schools, hospitals.

A name is a run of characters ending in an organisation head (有限公司, 集团, 人民法院, 委员会,
局, 电视台 …), starting after the punctuation, function word or verb before it. Names inside
a union name (…有限公司工会) belong to the union and are left to it.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import add_mention, covered, mentions, name_start_before, named, text_of
from kg.gazetteer import common_words

_HEADS = re.compile(
    "有限责任公司|股份有限公司|有限公司|分公司|公司|集团|人民政府|中级人民法院|人民法院|法院|检察院|"
    "仲裁委员会|委员会|工商业联合会|联合会|慈善会|协会|商会|电视台|广播电视台|报社|医院|大学|学院|"
    "职业技术学院|学校|中学|小学|银行|供电局|党总支|党委|研究院|博物馆|美术馆|图书馆|[厅局署]"
)
_GENERIC = re.compile("^(公司|企业|市|县|区|省|镇|乡|村|社区|同级|自治区|一家|多家|全国|全省|全市|更多|一些|这些)")
_GENERIC_PREFIX = re.compile("当地|该|本|各|我|有关|相关|其")
# Heads so common that the name before them must not hold a verb.
_PLAIN_HEADS = ("公司", "学校", "大学", "中学", "小学", "学院")



class OrganizationRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        regions = [span for span in mentions(doc, "REGION")]
        candidates: list[tuple[int, int]] = []
        for match in _HEADS.finditer(text):
            end = match.end()
            head = match.group(0)
            if text.startswith("工会", end) or covered(doc, match.start(), end, ("UNION", "PROGRAM")):
                continue
            start = name_start_before(text, match.start())
            inside = [span.start for span in regions if start <= span.start < match.start()]
            if inside:
                start = inside[0]  # 资金进入恩平市慈善会: the name starts at its place
            prefix = _GENERIC_PREFIX.match(text, start, match.start())
            if prefix:
                start = prefix.end()
            stem = text[start: match.start()]
            if len(stem) < 2 or _GENERIC.match(stem):
                continue
            if len(head) == 1 and (not inside or text[end - 2: end] in common_words()):
                continue  # 格局, 开新局: a one-character head needs a place in the name
            if head in _PLAIN_HEADS and self._holds_verb(stem):
                continue  # 家种植公司, 购买学校
            candidates.append((start, end))
        for start, end in self._joined(self._outermost(candidates)):
            name = text[start:end]
            add_mention(doc, start, end, "ORG", named("org", name))
        return doc

    @staticmethod
    def _holds_verb(stem: str) -> bool:
        words = common_words()
        return any(words.get(stem[i: i + 2], (0, ""))[1] == "v" for i in range(len(stem) - 1))

    @staticmethod
    def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """中国建筑第三工程局有限公司 over 中国建筑第三工程局: keep spans no other span holds."""
        kept: list[tuple[int, int]] = []
        for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
            if kept and kept[-1][0] <= start and end <= kept[-1][1]:
                continue
            if kept and start <= kept[-1][0] and kept[-1][1] <= end:
                kept[-1] = (start, end)
                continue
            kept.append((start, end))
        return kept

    @staticmethod
    def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A company and its branch written together (…有限责任公司昆明供电局) are one name."""
        joined: list[tuple[int, int]] = []
        for start, end in spans:
            if joined and joined[-1][1] == start:
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        return joined


@Language.factory("kg_organizations")
def make_organization_recognizer(nlp: Language, name: str) -> OrganizationRecognizer:
    return OrganizationRecognizer()
