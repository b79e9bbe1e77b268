"""PERSON: people named with a role or a speech verb (副主席李志恩, 刘博说, 部长刘伟告诉记者).

A name is a common Chinese surname and one or two more characters. It counts where a role
stands right before it or a speech verb right after it. Bylines (本报记者…, 通讯员…) are skipped.
The role and, when a union or organisation is named right before the role, that body are kept.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import CJK, add_mention, entities_of, mentions, text_of
from kg.model import Entity

# The most common single-character surnames (Ministry of Public Security name statistics).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
    "卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔"
    "向常汤康易乔赖文施洪辛柯庄樊温牛葛邢安齐伍易梅盛童凌霍关兰柏申宁单涂车艾鲁左包路祝耿殷翟倪欧甘聂"
)
_ROLES = (
    "党总支书记|党委书记|副主席|主席|副部长|部长|书记|副局长|局长|副主任|主任|总经理|经理|董事长|厂长|院长|"
    "校长|负责人|队长|站长|特级技师|技师|工程师|外卖员|快递员|骑手|劳模|职工|员工|村民|居民|会员|社工|教师|"
    "医生|法官|调解员|技术指导"
)
_NAME = f"([{SURNAMES}][{CJK}]{{1,2}}?)"
_ROLE_THEN_NAME = re.compile(f"({_ROLES}){_NAME}(?=[，,。：:、说表介告称坦笑认（(）)“”正在向带是])")
_NAME_THEN_SPEECH = re.compile(f"(?<![{CJK}]){_NAME}(?=(说|表示|介绍|告诉|坦言|笑着说|感慨))")
_BYLINE = re.compile("(记者|通讯员|实习生|摄影|摄|编辑)[ \u3000]*$")


class PersonRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        registry = entities_of(doc)
        bodies = {span.end: span for span in mentions(doc) if span.label_ in ("UNION", "ORG")}
        for match in _ROLE_THEN_NAME.finditer(text):
            role, name = match.groups()
            if _BYLINE.search(text[max(0, match.start() - 8): match.start()]):
                continue
            attributes = {"role": role}
            body = bodies.get(match.start())
            if body is not None:
                attributes["org"] = registry[body.kb_id_].name
                attributes["org_id"] = body.kb_id_
            add_mention(doc, match.start(2), match.end(2), "PERSON",
                        Entity(id=f"person:{name}", type="Person", name=name, attributes=attributes))
        for match in _NAME_THEN_SPEECH.finditer(text):
            name = match.group(1)
            if f"person:{name}" in registry or _BYLINE.search(text[max(0, match.start() - 6): match.start()]):
                if f"person:{name}" in registry:
                    add_mention(doc, match.start(1), match.end(1), "PERSON", registry[f"person:{name}"])
                continue
            add_mention(doc, match.start(1), match.end(1), "PERSON", Entity(id=f"person:{name}", type="Person", name=name))
        return doc


@Language.factory("kg_people")
def make_person_recognizer(nlp: Language, name: str) -> PersonRecognizer:
    return PersonRecognizer()
