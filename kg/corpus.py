"""Reading sources and splitting newspaper pages into articles.

Sources are `.txt` files (UTF-8, UTF-16 with a BOM, or GB18030/GBK), folders (searched
recursively), JSON Lines files with one article per line, and ``-`` for standard input. A text
in traditional characters is read in simplified ones (`kg.script`). A page of text is first
mended (line breaks inside words are joined, keeping a map back to the source offsets) and
then split into articles on headline blocks and bylines. An article
longer than `PIECE_LENGTH` is cut into pieces at paragraph or sentence ends, each keeping
its offsets into the source. Article ids are unique across a run: a document whose name
an earlier one took is renamed, with a warning (or refused when strict).
"""
from __future__ import annotations

import json
import os
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import InputError
from kg.gazetteer import common_words, default_gazetteer, short_names
from kg.model import Article
from kg.script import simplified

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PIECE_LENGTH = 20_000  # longest text given to the pipeline at once (spaCy refuses more than 1,000,000)
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON may escape half a character ("\\ud800")
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than \t \n \f \r
# Pinyin in brackets right after a character (區(qū), 會(huì)) or a word (分局(gōngānfènjú), with its tones),
# which some mirror sites insert.
_PINYIN_GLOSS = re.compile("(?<=[\u4e00-\u9fff])\\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}"
                           "|(?=[a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{7,30})\\)")
# Lines of no text: a site's list of links (友情链接 甲县| 乙县| 丙市| …: short items between bars and
# nothing else), the links to the articles before and after the page's (上一篇：…), the page's buttons
# (分享到：, 【字体：大 中 小】, 【打印】, ×), a picture's file name or a placeholder word alone (领导.jpg,
# upfile), or a reposting platform's call to open its app or its place line (打开某某新闻 查看更多图片,
# 发布于：北京市; not a site's own footer, 版权所有：某市总工会, which tells whose news it is).
_CHROME_LINE = re.compile(r"\s*(?:友情链接[:：]?\s*)?(?:[^|｜\s，。；：,;:]{1,10}\s*[|｜]\s*){4,}[^|｜\s，。；：,;:]{0,10}\s*"
                          r"|\s*(?:上一篇|下一篇|上一条|下一条)(?:\s*[:：].*|\s*(?:上一篇|下一篇)?\s*)"
                          r"|\s*(?:[×✕]|分享到.*|【?字体[:：].*|【打印[^】]{0,4}】.*|打印本页.*|关闭窗口.*)\s*"
                          r"|\s*[^\s，。；：,;:]{1,40}\.(?:jpe?g|png|gif|bmp|webp)\s*"
                          r"|\s*[A-Za-z_]{2,20}\s*"
                          r"|\s*(?:打开[^，。]{0,12}(?:APP|客户端|新闻)|发布于[:：]).*",
                          re.IGNORECASE)
# The trail to the page (当前位置：首页 > 工作动态 > 职工之家, 某网>>某频道): it names the site's sections,
# and its last is no word that the headline below goes on.
_TRAIL_LINE = re.compile(r"\s*(?:您的位置|您现在的位置|当前位置|所在位置)\s*[:：].*"
                         r"|\s*(?:[^>＞»，。；\s][^>＞»，。；]{0,14}\s*(?:>>?|＞|»)\s*)+[^>＞»，。；]{0,14}\s*")
# Inside a line, what is no text either: a mirror site's pinyin after characters (渝北區(qū)總工會(huì)),
# a picture's web address or link (https://…/1.png?r=1, ![](…)), a camera's or a chat app's file name,
# and spaces just inside quotation marks (“ 某某读书计划 ”).
_NOT_TEXT = re.compile(f"{_PINYIN_GLOSS.pattern}|!\\[[^\\]\n]*\\]\\([^)\n]*\\)|https?://[\x21-\x7e]+\\.(?i:jpe?g|png|gif|bmp|webp)[\x21-\x7e]*"
                       "|(?:微信图片_?)?[A-Za-z0-9_\\-]{1,40}\\.(?i:jpe?g|png|gif|bmp|webp)(?![A-Za-z])"
                       "|(?<=“)[ \u3000]+|[ \u3000]+(?=”)")
_MARKS_OF_NO_TEXT = re.compile("[(.|｜>＞»×✕A-Za-z]|位置|上一|下一|分享|字体|打印|关闭|打开|发布于|“[ \u3000]|[ \u3000]”")  # what a line holding no text holds
_BODY_PUNCTUATION = re.compile(r"[，。；：！？,;:!?]")
_BYLINE = re.compile(r"^(本报(记者|通讯员|讯|实习生)|记者|通讯员|文/|图/|图文[:：]|来源[:：]|作者[:：]|编辑[:：]|责任编辑|审核[:：]|(?:发布|发稿)(?:时间|日期)[:：]|\d{4}-\d{1,2}-\d{1,2}\s)|摄$|摄影$|供图$"
                     r"|[ \u3000](?:来源|作者|责任编辑|(?:发布)?时间)[:：]")  # (某某网 时间:… 来源:…: a page's credit line)
# A paragraph opening with a dateline (本报讯（记者…）, 本报通讯员 某某）) starts an article.
_DATELINE = re.compile(r"^(本报讯|[（(]?(本报)?(记者|通讯员)[^）)\n]{1,24}[）)])")
# How a news item's first paragraph opens: its dateline, or the day it happened (11月28日，…).
# Under a headline it marks a new item; sections inside an article open otherwise.
_NEWS_LEAD = re.compile(rf"{_DATELINE.pattern}|^\d{{1,2}}月\d{{1,2}}日")
_PARALLEL_HEADINGS = 3  # this many headings alike in a row are an article's sections, not a new headline
_LEAD_LENGTH = 30  # how far into a first paragraph a province named there marks a news lead


@cache
def _provinces() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of the provinces' names, full and short (湖南省, 湖南, 新疆), and each name's province."""
    province_of = {name: region.code for region in default_gazetteer().by_code.values()
                   if region.level == "province" and not region.until for name in (region.name, *short_names(region))}
    return re.compile("|".join(sorted(province_of, key=len, reverse=True))), province_of


def _leads_elsewhere(paragraph: str, named_before: Callable[[], set[str]]) -> bool:
    """Whether a paragraph opens with a province the article so far has not named (`named_before`
    gives the codes of those it has), as the lead of another article does (近年来，山西省交口县…);
    an article's own sections stay in its places."""
    pattern, province_of = _provinces()
    first_sentence = re.split("[。！？]", paragraph[:_LEAD_LENGTH], maxsplit=1)[0]
    named_here = {province_of[name] for name in pattern.findall(first_sentence)}
    return bool(named_here) and not named_here & named_before()


class _ProvincesNamed:
    """The provinces the article being split off a page names so far, each stretch of the page
    searched once (a page of many short sections stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.scanned = 0
        self.codes: set[str] = set()

    def restart(self, start: int) -> None:
        """A new article begins at `start`."""
        self.scanned = start
        self.codes = set()

    def up_to(self, end: int) -> set[str]:
        pattern, province_of = _provinces()
        self.codes |= {province_of[name] for name in pattern.findall(self.text, self.scanned, end)}
        self.scanned = max(self.scanned, end)
        return self.codes


_TERMINAL = tuple("。！？!?”…」）)")
_HEADLINE_MAX = 45
_PLACE_KICKER = re.compile(r"^[\u4e00-\u9fff·]{2,8}[：:](?=\S)")
_BROKEN_LINE_MIN = 25
_PARAGRAPH_LINE = 120  # a line this long, and far longer than the one before, holds a whole paragraph
# How a news paragraph usually opens: a time (近日，, 11月20日，) or the paper's own tag (本报讯).
_OPENS_PARAGRAPH = re.compile(r"(?:近日|日前|近期|今年以来|昨日|当日|本报讯|[\d０-９]{1,2}月[\d０-９]{1,2}日)[，,]?")


@dataclass
class Document:
    """One input unit scored as a whole: a text file (a page) or one JSON Lines record."""

    name: str
    articles: list[Article]


def bundled_corpus() -> list[Path]:
    """The sample newspaper pages shipped with the package."""
    folder = resources.files("kg") / "corpus"
    return sorted(Path(str(folder)).glob("*.txt"))


def decode(data: bytes, source: str) -> str:
    """Decode UTF-16/32 with a BOM, UTF-8 (with or without BOM) or GB18030/GBK; refuse binary and
    undecodable bytes. Line ends become ``\\n``."""
    bom = next((encoding for mark, encoding in _BOMS if data.startswith(mark)), None)
    if bom is None and b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text")
    for encoding in (bom,) if bom else ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = len(_CONTROL.findall(text, 0, 8192))
        if controls > 0.01 * min(len(text), 8192):
            raise InputError(source, "binary file, not text")
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise InputError(source, f"cannot decode as {bom.upper() if bom else 'UTF-8 or GB18030'}")


# The numbered headings of an article's own sections (一、推荐理由, （一）主要内容, 1. 做法): no new article.
_SECTION_HEADING = re.compile("[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．](?!\\d)")


def _is_byline(line: str) -> bool:
    return len(line) <= 60 and bool(_BYLINE.search(line))


def _is_headline(line: str) -> bool:
    """A short line with no sentence punctuation inside: a headline, kicker or caption title."""
    bare = line.strip("#* \t")
    if not bare or len(bare) > _HEADLINE_MAX or _is_byline(bare) or not _CJK.search(bare):
        return False  # (1, 2 3: the numbers of photos, no headline)
    if bare.endswith(_TERMINAL) and not bare.endswith("”"):
        return False
    bare = _PLACE_KICKER.sub("", bare)  # 四川成都：… headlines open with the place and a colon
    return bare.endswith("——") or not _BODY_PUNCTUATION.search(bare)


def _parallel(headings: list[str]) -> bool:
    """Whether three or more headings are of one length or open alike (以创新的思维破解难题 / 以改革的举措
    提高效能 / 以务实的作风补齐短板): an article's parallel subheadings, unless a byline or a news lead
    follows them (a headline and its subtitle are two lines)."""
    bare = [heading.strip("#* ") for heading in headings]
    return len(bare) >= _PARALLEL_HEADINGS and (len({len(heading) for heading in bare}) == 1 or len({heading[:1] for heading in bare}) == 1)


def _breaks_inside_word(before: str, after: str, first: bool = False) -> bool:
    """Whether a line break between `before` (the line) and `after` (the next line) splits a word; after
    the `first` line, where a headline stands, only where the characters around it make one."""
    if not before or not after or not _CJK.match(after[0]):
        return False
    last = before[-1]
    if not (_CJK.match(last) or last in "“‘《"):
        return False
    if _is_byline(before) or before.endswith("摄") or _BYLINE.match(after):
        return False  # (a headline's last word and the 来源: or 作者: line after it make no word: 演出 / 来源)
    if _OPENS_PARAGRAPH.match(after) and not _BODY_PUNCTUATION.search(before):
        return False  # a headline without punctuation before a paragraph's usual opening (近日，…)
    if len(after) > _PARAGRAPH_LINE and len(after) > 3 * len(before):
        return False  # a line before a whole paragraph written on one line (a web page's): no wrapped line
    title = first and (_is_headline(before) or len(before) <= _HEADLINE_MAX and not before.endswith(_TERMINAL))
    if not title and (len(before) >= _BROKEN_LINE_MIN or _BODY_PUNCTUATION.search(_PLACE_KICKER.sub("", before))):
        return True  # (某总工会举办“甲、乙”总评选活动 / 县人大常委会…: a title, and the paragraph under it)
    words = common_words()
    across = words.get(last + after[0], (0, ""))[0]
    if not first:
        return across > 0
    # a file's title line (某总工会：甲，乙 / 近日…): joined only where the word across the break reads more often
    # than the words its two characters end and open (…服务活动 / 工人日报: 动工, against 活动 and 工人)
    return across > max(words.get(before[-2:], (0, ""))[0], words.get(after[:2], (0, ""))[0])


def mend_lines(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Join line breaks (and blank lines) that fall inside words, and drop what is no text: the pinyin
    some sites write in brackets after characters, web addresses, pictures' file names and lines that
    list links; return the text and its map of what was removed."""
    lines = text.split("\n")
    pieces: list[str] = []
    breaks: list[tuple[int, int]] = []
    length = removed = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        position = 0
        marked = _MARKS_OF_NO_TEXT.search(line) is not None
        if marked and _CHROME_LINE.fullmatch(line):
            removed += len(line)  # a list of links, a picture's name: no text of the page
            breaks.append((length, removed))
            position = len(line)
        for gloss in _NOT_TEXT.finditer(line, position) if marked else ():
            pieces.append(line[position: gloss.start()])
            length += gloss.start() - position
            removed += gloss.end() - gloss.start()
            breaks.append((length, removed))
            position = gloss.end()
        pieces.append(line[position:])
        length += len(line) - position
        following = index + 1
        while following < len(lines) and not lines[following].strip():
            following += 1
        if following < len(lines) and _breaks_inside_word(line.rstrip(), lines[following].lstrip(), first=index == 0) \
                and not (marked and _TRAIL_LINE.fullmatch(line)):
            gap = sum(len(lines[i]) + 1 for i in range(index + 1, following)) + 1
            removed += gap
            breaks.append((length, removed))
            index = following
            continue
        if index + 1 < len(lines):
            pieces.append("\n")
            length += 1
        index += 1
    return "".join(pieces), breaks


def split_page(text: str, doc: str) -> list[Article]:
    """Split a newspaper page into articles on headline blocks, bylines and captions."""
    mended, breaks = mend_lines(text)
    page = Article(id=doc, doc=doc, text=mended, breaks=breaks)
    spans: list[tuple[int, int]] = []  # (start, end) of each line in `mended`
    position = 0
    for line in mended.split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1
    lines = [(s, e, mended[s:e].strip()) for s, e in spans if mended[s:e].strip()]

    starts = [0]
    named = _ProvincesNamed(mended)
    index = 0
    while index < len(lines):
        block_end = index
        while block_end < len(lines) and _is_headline(lines[block_end][2]):
            block_end += 1
        block = block_end - index
        if block:
            after = lines[block_end][2] if block_end < len(lines) else ""
            before = lines[index - 1][2] if index else ""
            block_lines = [line for _, _, line in lines[index: block_end]]
            sections = all(_SECTION_HEADING.match(line) for line in block_lines) or (
                _parallel(block_lines) and not _is_byline(after) and not _NEWS_LEAD.match(after))
            opens_article = not sections and (block >= 2 or _is_byline(after) or lines[index][2].startswith("# ") or (
                before.endswith("摄")
            ) or bool(_NEWS_LEAD.match(after)) or _leads_elsewhere(after, lambda: named.up_to(lines[index][0])))
            if opens_article and index:
                starts.append(lines[index][0])
                named.restart(starts[-1])
            index = block_end
        else:
            previous = lines[index - 1][2] if index else ""
            if index and _DATELINE.match(lines[index][2]) and not (_is_headline(previous) or _is_byline(previous)):
                starts.append(lines[index][0])
                named.restart(starts[-1])
            index += 1
    starts.append(len(mended))

    articles = []
    for number, (start, end) in enumerate(zip(starts, starts[1:]), 1):
        body = mended[start:end]
        if not body.strip():
            continue
        heads = [line.strip("#* ") for line in body.split("\n") if line.strip()]
        title_lines = []
        for head in heads:
            if not _is_headline(head):
                break
            title_lines.append(head)
        byline = next((h for h in heads[len(title_lines): len(title_lines) + 2] if _is_byline(h)), "")
        articles.extend(cut_long(excerpt(page, start, end, id=f"{doc}#{number}", title=" ".join(title_lines),
                                         byline=byline)))
    return articles


def excerpt(article: Article, start: int, end: int, **fields) -> Article:
    """The part [start, end) of an article's text as an article of its own, its offsets still
    pointing into the source; `fields` set the id, title and the like."""
    index = bisect_right(article.breaks, (start, float("inf")))
    removed_before = article.breaks[index - 1][1] if index else 0
    breaks = [(pos - start, removed - removed_before) for pos, removed in article.breaks[index:] if pos <= end]
    values = {"doc": article.doc, "title": article.title, "byline": article.byline, "date": article.date,
              "url": article.url, **fields}
    return Article(text=article.text[start:end], source_start=article.source_offset(start), breaks=breaks, **values)


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where the piece of `text` from `start` ends: the last paragraph end, else the last sentence
    end, in its second half; else at `limit` characters."""
    low, high = start + limit // 2, start + limit
    paragraph = text.rfind("\n", low, high)
    if paragraph >= 0:
        return paragraph + 1
    ends = [match.end() for match in _SENTENCE_END.finditer(text, low, high)]
    return ends[-1] if ends else high


def cut_long(article: Article, limit: int = PIECE_LENGTH) -> list[Article]:
    """The article itself, or, when longer than `limit`, its pieces (ids `<id>.1`, `<id>.2`, …)."""
    if len(article.text) <= limit:
        return [article]
    bounds = [0]
    while len(article.text) - bounds[-1] > limit:
        bounds.append(_cut_point(article.text, bounds[-1], limit))
    bounds.append(len(article.text))
    return [excerpt(article, start, end, id=f"{article.id}.{number}")
            for number, (start, end) in enumerate(zip(bounds, bounds[1:]), 1)]


def _read_jsonl(lines: Iterable[str], source: str, name: str, skip_bad: bool, report) -> Iterator[Document]:
    seen_any = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(source, f"malformed JSON: {err.msg}", number) from None
            except RecursionError:
                raise InputError(source, "malformed JSON: nested too deeply", number) from None
            if not isinstance(record, dict):
                raise InputError(source, "a line must be a JSON object", number)
            record = {key: _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value
                      for key, value in record.items()}
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                raise InputError(source, "missing or empty 'text'", number)
        except InputError as err:
            if not skip_bad:
                raise
            report(str(err))
            continue
        seen_any = True
        identifier = str(record.get("id") or f"{name}:{number}")
        mended, breaks = mend_lines(simplified(text.replace("\r\n", "\n").replace("\r", "\n")))
        article = Article(
            id=identifier,
            doc=identifier,
            text=mended,
            title=str(record.get("title") or ""),
            date=str(record.get("date") or ""),
            url=str(record.get("url") or ""),
            breaks=breaks,
        )
        yield Document(identifier, cut_long(article))
    if not seen_any:
        raise InputError(source, "no articles in file")


def _read_page(text: str, source: str, name: str) -> Document:
    if not text.strip():
        raise InputError(source, "empty file")
    return Document(name, split_page(simplified(text), name))


def _not_readable(path: Path) -> str:
    """Why a path that is neither a file nor a folder cannot be read."""
    if path.is_symlink():
        return "a symbolic link to nothing (or to itself)"
    if os.path.lexists(path):
        return "not a regular file or folder (a pipe, socket or device)"
    return "no such file or folder"


def expand_paths(paths: Iterable[str]) -> list[tuple[str, str]]:
    """(file, name) of the files named and of the .txt/.jsonl files inside folders named
    (recursively, sorted). A file's name is its path inside the folder named, or its own name."""
    files: list[tuple[str, str]] = []
    for raw in paths:
        if raw == "-":
            files.append((raw, "<stdin>"))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
            )
            if not found:
                raise InputError(raw, "folder holds no .txt or .jsonl files")
            files.extend((str(p), p.relative_to(path).as_posix()) for p in found)
        elif path.is_file():
            files.append((raw, path.name))
        else:
            raise InputError(raw, _not_readable(path))
    return files


def _read_source(source: str, name: str, skip_bad: bool, report: Callable[[str], None]) -> Iterator[Document]:
    """The documents of one file (or of standard input)."""
    if source == "-":
        data = sys.stdin.buffer.read()
        label = "<stdin>"
    else:
        data = Path(source).read_bytes()
        label = source
    text = decode(data, label)
    is_jsonl = text.lstrip().startswith("{") if source == "-" else Path(source).suffix.lower() in JSONL_SUFFIXES
    if is_jsonl:
        yield from _read_jsonl(text.split("\n"), label, name, skip_bad, report)
    else:
        yield _read_page(text, label, name)


class ArticleIds:
    """The article ids a run has handed out, so that no two inputs share one."""

    def __init__(self, strict: bool, warn: Callable[[str], None]) -> None:
        self.taken: set[str] = set()
        self.strict = strict
        self.warn = warn

    def claim(self, document: Document, source: str) -> Document:
        """The document, renamed `<name>~2` (`~3`, …) with a warning if an id of its articles is
        taken; with `strict`, an InputError instead."""
        name, suffix = document.name, 1
        while {name, *self._ids(document, name)} & self.taken:
            if self.strict:
                raise InputError(source, f"article id {document.name} is already used by an earlier input")
            suffix += 1
            name = f"{document.name}~{suffix}"
        if name != document.name:
            self.warn(f"{source}: article id {document.name} is already used by an earlier input; "
                      f"this one is read as {name}")
            for article in document.articles:
                article.id = name + article.id.removeprefix(document.name)
                article.doc = name
            document.name = name
        self.taken |= {name, *self._ids(document, name)}
        return document

    @staticmethod
    def _ids(document: Document, name: str) -> list[str]:
        return [name + article.id.removeprefix(document.name) for article in document.articles]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def read_documents(paths: Iterable[str], skip_bad: bool = False, report: Callable[[str], None] = print,
                   strict: bool = False, warn: Callable[[str], None] = _stderr) -> Iterator[Document]:
    """Yield the documents of every source; raise InputError, or report it and go on with `skip_bad`.

    Article ids are unique: a clash is a warning (the later document is renamed) or, with
    `strict`, an InputError.
    """
    ids = ArticleIds(strict, warn)
    for source, name in expand_paths(paths):
        try:
            for document in _read_source(source, name, skip_bad, report):
                try:
                    claimed = ids.claim(document, "<stdin>" if source == "-" else source)
                except InputError as err:
                    if not skip_bad:
                        raise
                    report(str(err))
                    continue
                yield claimed
        except InputError as err:
            if not skip_bad:
                raise
            report(str(err))
        except OSError as err:
            if not skip_bad:
                raise InputError(source, err.strerror or "cannot read") from None
            report(f"{source}: {err.strerror or 'cannot read'}")
