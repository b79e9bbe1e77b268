"""ORG: named non-union organisations — companies, government bodies, courts, schools, hospitals.

A name is a run of characters ending in an organisation head (有限公司, 集团, 人民法院, 委员会,
局, 电视台 …), starting after the punctuation, function word or verb before it. Names inside
a union name (…有限公司工会) belong to the union and are left to it.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import add_mention, covered, mentions, name_key, name_start_before, text_of
from kg.gazetteer import common_words
from kg.model import Entity

_HEADS = re.compile(
    "有限责任公司|股份有限公司|有限公司|分公司|公司|集团|人民政府|中级人民法院|人民法院|法院|检察院|"
    "仲裁委员会|委员会|工商业联合会|联合会|慈善会|协会|商会|电视台|广播电视台|报社|医院|大学|学院|"
    "职业技术学院|学校|中学|小学|银行|供电局|党总支|党委|研究院|博物馆|美术馆|图书馆|[厅局署]"
)
_GENERIC = re.compile("^(公司|企业|当地|该|本|各|我|有关|相关|市|县|区|省|镇|乡|村|社区|一家|多家|全国|全省|全市)")


def _organization(name: str) -> Entity:
    return Entity(id=f"org:{name_key(name)}", type="Organization", name=name)


class OrganizationRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        for match in _HEADS.finditer(text):
            end = match.end()
            if text.startswith("工会", end) or covered(doc, match.start(), end, ("UNION", "PROGRAM")):
                continue
            if len(match.group(0)) == 1 and text[end - 2: end] in common_words():
                continue  # 格局, 大局, 布局
            start = name_start_before(text, match.start())
            inner_regions = [span.start for span in mentions(doc, "REGION") if start < span.start < match.start()]
            if inner_regions:
                start = inner_regions[0]
            name = text[start:end]
            if len(name) - len(match.group(0)) < 2 or _GENERIC.match(name):
                continue
            if covered(doc, start, end, ("ORG",)):
                continue
            add_mention(doc, start, end, "ORG", _organization(name))
        return doc


@Language.factory("kg_organizations")
def make_organization_recognizer(nlp: Language, name: str) -> OrganizationRecognizer:
    return OrganizationRecognizer()
