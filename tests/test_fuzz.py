"""Property-based tests (hypothesis) of the reader, the page splitter, the recognisers and the
JSON Lines parser: no crash on any input, offsets that point back into the source, and the
same output for the same input."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from kg.corpus import cut_long, decode, read_documents, split_page
from kg.errors import InputError
from kg.extract import document_record
from kg.model import Article
from kg.pipeline import extract_articles
from kg.script import simplified

# Pieces of union news (places, bodies, abbreviations, programs, datelines, bylines, headline
# marks) mixed with any characters, so that the rules fire as well as misfire.
FRAGMENTS = [
    "广东省", "江门市", "恩平市", "沙湖镇", "北京市", "朝阳区", "吉林", "新疆", "总工会", "市总", "县总", "省总", "工会",
    "全总", "工会联合会", "权益工作部", "公司", "有限公司", "“", "”", "《", "》", "活动", "竞赛", "模式", "行动", "安康杯",
    "首届", "论坛", "举办", "开展", "组织", "启动", "。", "，", "、", "和", "：", "；", "！", "？", "——", "\n", "\n\n",
    "本报讯（记者李明）", "本报记者 张三", "近日，", "5月8日，", "副主席", "韦明", "书记", "# ", "摄", "𠀀", "😀", " ",
    "\t", "\r\n", "\r", "a", "1", "2024年",
]
NEWS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS), st.text(max_size=3)),
               max_size=80).map("".join)
CLEAN = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff") | st.sampled_from("\n\t")
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def maps_back(article: Article, source: str) -> bool:
    """Every character of the article stands at its source offset in the source."""
    return all(source[article.source_offset(i)] == ch for i, ch in enumerate(article.text))


def normalized(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@FAST
@given(st.binary(max_size=400))
def test_the_reader_takes_any_bytes(data):
    try:
        text = decode(data, "x.txt")
    except InputError as err:
        assert str(err).startswith("x.txt: ") and "\n" not in str(err)
    else:
        assert "\r" not in text and decode(data, "x.txt") == text


@FAST
@given(st.text(CLEAN, max_size=200), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"]))
def test_the_reader_reads_back_what_was_written(text, encoding):
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    assert decode(data, "x.txt") == normalized(text)


@FAST
@given(NEWS)
def test_page_splitting_keeps_every_character_at_its_offset(text):
    articles = split_page(text, "p.txt")
    assert all(article.text.strip() and maps_back(article, text) for article in articles)
    starts = [article.source_offset(0) for article in articles]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    ids = [article.id for article in articles]
    assert len(set(ids)) == len(ids) and all(i.startswith("p.txt#") for i in ids)
    assert split_page(text, "p.txt") == articles


@FAST
@given(NEWS, st.integers(min_value=1, max_value=60))
def test_pieces_of_long_articles_keep_every_character_at_its_offset(text, limit):
    for article in split_page(text, "p.txt"):
        pieces = cut_long(article, limit)
        assert "".join(piece.text for piece in pieces) == article.text
        assert all(len(piece.text) <= limit and maps_back(piece, text) for piece in pieces)
        assert cut_long(article, limit) == pieces


@SLOW
@given(NEWS)
def test_the_recognisers_point_back_into_the_source_and_repeat_themselves(text):
    articles = split_page(text, "p.txt")
    first = extract_articles(articles)
    for extraction in first:
        for mention in extraction.mentions:
            assert text[mention.start] == mention.text[0] and text[mention.end - 1] == mention.text[-1]
            assert mention.start < mention.end <= len(text)
        for relation in extraction.relations:
            if relation.evidence is not None and relation.evidence.sentence:
                evidence = relation.evidence
                assert text[evidence.start] == evidence.sentence[0]
                assert text[evidence.end - 1] == evidence.sentence[-1]
        assert set(extraction.entities) >= {m.entity for m in extraction.mentions}
    again = extract_articles(split_page(text, "p.txt"))
    assert document_record("p.txt", again) == document_record("p.txt", first)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                                       max_size=3), max_leaves=8)
RECORD = st.fixed_dictionaries({"text": NEWS}, optional={"title": JSON_VALUES, "date": JSON_VALUES, "url": JSON_VALUES})
LINE = st.one_of(RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)), JSON_VALUES.map(json.dumps),
                 st.text(max_size=30), st.sampled_from(["{", '{"text": ', "[" * 2000, "{}", '{"text": ""}',
                                                        '{"text": "\\ud800工会\\udfff", "title": "\\udc00"}']))


def read_lines(lines: list[str]) -> tuple[list, list[str]]:
    """The documents and the reports of reading the lines as a JSON Lines file, bad lines skipped."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        reports: list[str] = []
        return list(read_documents([str(path)], skip_bad=True, report=reports.append, warn=reports.append)), reports


@FAST
@given(st.lists(LINE, max_size=8))
def test_the_json_lines_parser_takes_any_lines(lines):
    documents, reports = read_lines(lines)
    assert all("\n" not in report for report in reports)
    names = [document.name for document in documents]
    assert len(names) == len(set(names))
    assert read_lines(lines)[0] == documents


@FAST
@given(st.lists(NEWS.filter(str.strip), min_size=1, max_size=5))
def test_records_keep_every_character_at_its_offset_in_their_text(texts):
    lines = [json.dumps({"id": f"r{n}", "text": text}, ensure_ascii=False) for n, text in enumerate(texts)]
    documents, _ = read_lines(lines)
    assert [document.name for document in documents] == [f"r{n}" for n in range(len(texts))]
    for document, text in zip(documents, texts):
        assert all(maps_back(article, simplified(normalized(text))) for article in document.articles)
