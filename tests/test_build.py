"""kg.build: parallel and incremental builds equal a clean one-process build; the output folder
is swapped in whole; signals stop the workers and leave no temporary files."""
import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import OUTPUT_FILES, LocalEngine, Progress, build
from kg.cache import ExtractionCache
from kg.cli import main
from kg.corpus import bundled_corpus
from kg.errors import KgError

PAGES = [str(p) for p in bundled_corpus()]


def files_of(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> dict[str, bytes]:
    """The bundled corpus built by one process with no cache."""
    out = tmp_path_factory.mktemp("clean") / "out"
    build(PAGES, out, engine=LocalEngine(1))
    return files_of(out)


def test_a_build_writes_every_file(clean):
    assert set(clean) == set(OUTPUT_FILES)


def test_two_workers_give_the_same_bytes(clean, tmp_path):
    out = tmp_path / "out"
    build(PAGES, out, engine=LocalEngine(2, batch_characters=1))  # one document a batch: both workers busy
    assert files_of(out) == clean


def test_adding_a_file_extracts_only_that_file_and_equals_a_clean_build(clean, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in PAGES[:-1]:
        (corpus / Path(page).name).write_bytes(Path(page).read_bytes())
    first = build([str(corpus)], tmp_path / "out", engine=LocalEngine(1), cache=cache)
    assert first.extracted == first.documents == len(PAGES) - 1
    (corpus / Path(PAGES[-1]).name).write_bytes(Path(PAGES[-1]).read_bytes())
    second = build([str(corpus)], tmp_path / "out", engine=LocalEngine(2, batch_characters=1), cache=cache)
    assert (second.documents, second.extracted) == (len(PAGES), 1)
    assert files_of(tmp_path / "out") == clean


def test_a_changed_file_is_extracted_again(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    page = tmp_path / "page.txt"
    page.write_text("广西南宁市总工会举办“金秋助学”活动。\n", encoding="utf-8")
    assert build([str(page)], tmp_path / "out", cache=cache).extracted == 1
    assert build([str(page)], tmp_path / "out", cache=cache).extracted == 0
    page.write_text("广西南宁市总工会举办“金秋助学”活动。柳州市总工会参加。\n", encoding="utf-8")
    assert build([str(page)], tmp_path / "out", cache=cache).extracted == 1
    assert "柳州市总工会" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_a_failed_build_leaves_the_old_output_and_no_temporary_files(clean, tmp_path):
    out = tmp_path / "out"
    build(PAGES, out)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    with pytest.raises(KgError):
        build([*PAGES, str(bad)], out)
    assert files_of(out) == clean
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "out"]


def test_a_folder_of_other_files_is_not_replaced(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(KgError, match="did not write"):
        build(PAGES, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_bad_base_iri_is_refused(tmp_path):
    with pytest.raises(KgError, match="base-iri"):
        build(PAGES, tmp_path / "out", base_iri="not an iri")


def test_progress_names_every_step_and_quiet_silences_it(tmp_path):
    stream = io.StringIO()
    build(PAGES, tmp_path / "out", progress=Progress(stream))
    steps = [line.partition(":")[0] for line in stream.getvalue().splitlines()]
    assert steps == ["extracting", "merging", "writing RDF", "writing GraphML and HTML"]
    assert "articles/s" in stream.getvalue()
    result = CliRunner().invoke(main, ["build", "-q", "--no-cache", "-o", str(tmp_path / "quiet")])
    assert result.exit_code == 0 and result.stderr == ""


def test_the_graph_records_its_base_iri(tmp_path):
    runner = CliRunner()
    base = "http://example.org/kg/"
    assert runner.invoke(main, ["build", "-q", "--no-cache", "-o", str(tmp_path / "out"), "--base-iri", base]).exit_code == 0
    turtle = tmp_path / "out" / "graph.ttl"
    result = runner.invoke(main, ["export", str(turtle), "--to", "csv", "-o", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    ids = [row["id"] for row in csv.DictReader((tmp_path / "csv" / "nodes.csv").open(encoding="utf-8"))]
    assert ids and all(i.partition(":")[0] in ("union", "program", "region", "org", "person") for i in ids)
    result = runner.invoke(main, ["export", str(turtle), "--to", "turtle", "-o", str(tmp_path / "ttl")])
    assert result.exit_code == 0 and f"<{base}region/" in (tmp_path / "ttl" / "graph.ttl").read_text(encoding="utf-8")
    result = runner.invoke(main, ["render", str(turtle), "-o", str(tmp_path / "page.html")])
    assert result.exit_code == 0 and f"{base}region/" in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_cache_clear(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    runner = CliRunner()
    assert runner.invoke(main, ["extract", "-q", "--workers", "1"]).exit_code == 0
    assert list((tmp_path / "kg" / "extractions").rglob("*.pickle"))
    result = runner.invoke(main, ["cache", "clear"])
    assert result.exit_code == 0 and not (tmp_path / "kg").exists()


def test_extract_gives_the_same_records_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    runner = CliRunner()
    fresh = runner.invoke(main, ["extract", "-q", "--no-cache"])
    assert not (tmp_path / "kg").exists()
    filling = runner.invoke(main, ["extract", "-q"])
    assert len(list((tmp_path / "kg" / "extractions").rglob("*.pickle"))) == len(PAGES)
    cached = runner.invoke(main, ["extract", "-q"])
    assert fresh.exit_code == filling.exit_code == cached.exit_code == 0
    assert fresh.output.count("\n") == len(PAGES)
    assert fresh.output == filling.output == cached.output


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(child) for child in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGKILL])
def test_workers_end_with_the_build_and_a_signal_leaves_no_temporary_files(tmp_path, number):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "".join(Path(page).read_text(encoding="utf-8") for page in PAGES)
    for copy in range(40):
        (corpus / f"{copy:03}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen([str(Path(sys.executable).parent / "kg"), "build", "-q", "--no-cache", "--workers", "2",
                                "-o", str(out), str(corpus)], cwd=tmp_path)
    deadline = time.time() + 60
    while len(workers := _children(process.pid)) < 2 and time.time() < deadline:
        time.sleep(0.1)
    assert len(workers) >= 2
    time.sleep(1)
    os.kill(process.pid, number)
    process.wait(timeout=30)
    deadline = time.time() + 10
    while any(_alive(worker) for worker in workers) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(_alive(worker) for worker in workers)
    assert process.returncode != 0
    if number == signal.SIGKILL:  # no chance to clean up: the next build removes what was left
        assert [p.name for p in tmp_path.iterdir() if ".building-" in p.name]
        build(PAGES[:1], out)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out"]
    else:
        assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_cache_clear_through_a_symbolic_link_keeps_the_link_and_what_is_not_kg_s(tmp_path, monkeypatch):
    elsewhere = tmp_path / "other-disk"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("keep", encoding="utf-8")
    (tmp_path / "xdg").mkdir()
    (tmp_path / "xdg" / "kg").symlink_to(elsewhere)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    runner = CliRunner()
    assert runner.invoke(main, ["extract", "-q", "--workers", "1"]).exit_code == 0
    assert list((elsewhere / "extractions").rglob("*.pickle"))
    result = runner.invoke(main, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "xdg" / "kg").is_symlink()
    assert sorted(path.name for path in elsewhere.iterdir()) == ["notes.txt"]
