"""The shared pattern helpers of the recognisers."""
import re

from kg.components.base import scannable


def test_scannable_alternation_finds_what_the_plain_one_finds() -> None:
    words = "有限公司|公司|[厅局]|委(?![员会])"
    text = "某市教育局、某某有限公司和某区委员会、某县委"
    plain = [match.span() for match in re.finditer(f"(?:{words})", text)]
    assert [match.span() for match in re.finditer(scannable(words), text)] == plain
    assert re.findall(scannable(words), text) == ["局", "有限公司", "委"]
