"""The ready-made gazetteer and word list: kept in the user's cache folder, the same as derived."""
from __future__ import annotations

import pickle
from pathlib import Path

from kg.gazetteer import Region, RegionGazetteer
from kg.prebuilt import cache_folder, prebuilt


def test_prebuilt_derives_once_and_follows_its_sources(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("one")
    calls = []

    def derive() -> str:
        calls.append(1)
        return source.read_text()

    assert prebuilt("words", [source], Path(__file__), derive) == "one"
    assert prebuilt("words", [source], Path(__file__), derive) == "one"
    assert len(calls) == 1
    source.write_text("two!")
    assert prebuilt("words", [source], Path(__file__), derive) == "two!"
    assert len(calls) == 2
    assert len(list(cache_folder().glob("words-*.pickle"))) == 1  # the older pickle of the slot is gone


def test_gazetteer_from_its_pickle_finds_the_same():
    rows = [Region("440000000000", "广东省", "province", ""), Region("440700000000", "江门市", "prefecture", "440000000000"),
            Region("440785000000", "恩平市", "county", "440700000000")]
    fresh = RegionGazetteer(rows)
    kept = pickle.loads(pickle.dumps(fresh))
    text = "广东江门恩平市总工会"
    assert kept.find(text) == fresh.find(text) != []
    assert kept.ancestors(kept.by_code["440785000000"]) == fresh.ancestors(fresh.by_code["440785000000"])


def test_two_checkouts_keep_a_pickle_each(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for checkout in ("one", "two"):
        (tmp_path / checkout).mkdir()
        (tmp_path / checkout / "source.txt").write_text(checkout)
    for _ in range(2):
        for checkout in ("one", "two"):
            source = tmp_path / checkout / "source.txt"
            assert prebuilt("words", [source], Path(__file__), source.read_text) == checkout
    assert len(list(cache_folder().glob("words-*.pickle"))) == 2
