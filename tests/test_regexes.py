"""The pipeline's patterns, kept compiled between runs: the same patterns as `re.compile` makes."""
from __future__ import annotations

import importlib
import pickle
import re
import subprocess
import sys
from types import ModuleType

import pytest

from kg.corpus import bundled_corpus

SAMPLES = [(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:市|县)总工会", 0), (r"“([^“”]{2,20})”(活动|竞赛)", 0),
           (r"^ *(kg|KG)\b", re.MULTILINE | re.IGNORECASE)]
TEXT = "恩平市总工会开展“安康杯”竞赛。\nKG build 台山县总工会“送温暖”活动"


@pytest.fixture
def fresh(tmp_path, monkeypatch) -> ModuleType:
    """kg.regexes loaded anew, keeping its patterns under a cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    import kg.regexes
    yield importlib.reload(kg.regexes)
    importlib.reload(kg.regexes)


def same_as_re(compiled: re.Pattern[str], source: str, flags: int) -> bool:
    expected = re.compile(source, flags)
    return (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
        expected.pattern, expected.flags, expected.groups, expected.groupindex) and [
        match.groups() + match.span() for match in compiled.finditer(TEXT)] == [
        match.groups() + match.span() for match in expected.finditer(TEXT)] != []


def test_a_kept_pattern_matches_as_re_compiles_it(fresh):
    assert all(same_as_re(fresh.regex(source, flags), source, flags) for source, flags in SAMPLES)
    fresh.keep_patterns()
    later = importlib.reload(fresh)
    assert set(later._kept) == {(source, int(flags)) for source, flags in SAMPLES}
    assert all(same_as_re(later.regex(source, flags), source, flags) for source, flags in SAMPLES)


def test_a_damaged_or_refused_kept_file_compiles_as_re_does(fresh):
    fresh.regex(*SAMPLES[0])
    fresh.keep_patterns()
    path = fresh._kept_path()
    path.write_bytes(b"not a pickle")
    damaged = importlib.reload(fresh)
    assert same_as_re(damaged.regex(*SAMPLES[0]), *SAMPLES[0])
    source, flags = SAMPLES[1]
    path.write_bytes(pickle.dumps({(source, flags): (0, [999, 1, 2], 0, {}, ())}))
    refused = importlib.reload(fresh)
    assert same_as_re(refused.regex(source, flags), source, flags)


def test_a_second_extract_reads_the_kept_patterns_and_writes_the_same(tmp_path):
    environment = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    outputs = []
    for run in ("first", "second"):
        out = tmp_path / f"{run}.jsonl"
        subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "extract", "-q", "--no-cache", str(bundled_corpus()[0]),
                        "-o", str(out)], check=True, env=environment, capture_output=True)
        outputs.append(out.read_bytes())
        kept = list((tmp_path / "cache" / "kg").glob("patterns-*.pickle"))
        assert len(kept) == 1
        if run == "first":
            written = kept[0].stat().st_mtime_ns
    assert kept[0].stat().st_mtime_ns == written  # nothing compiled anew, nothing rewritten
    assert outputs[0] == outputs[1] != b""
    assert len(pickle.loads(kept[0].read_bytes())) > 400
