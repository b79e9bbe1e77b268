"""Builds and extractions stopped by SIGINT or SIGTERM at random points: the output is always
one complete set (the old one or the new one), no temporary file remains, no worker lives on."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

from kg.build import OUTPUT_FILES
from kg.corpus import bundled_corpus

KG = str(Path(sys.executable).parent / "kg")
PAGES = [str(p) for p in bundled_corpus()]


def state(folder: Path) -> dict[str, bytes]:
    """The files of a folder by name, with their content."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def whole(name: str, data: bytes) -> bool:
    """Whether a build's file is complete: it parses, or ends as its format ends."""
    if name.endswith((".jsonl", ".jsonld")):
        return all(json.loads(line) for line in data.decode().splitlines()) if name.endswith(".jsonl") else \
            bool(json.loads(data))
    if name.endswith((".ttl", ".trig")):
        fmt = pyoxigraph.RdfFormat.TURTLE if name.endswith(".ttl") else pyoxigraph.RdfFormat.TRIG
        return any(True for _ in pyoxigraph.parse(data, format=fmt))
    return data.rstrip().endswith(b"</graphml>" if name.endswith(".graphml") else b"</html>")


def which_set(folder: Path) -> str:
    """"old" or "new": the one complete set of build files the folder holds (the new set names
    the second page, the old one does not); an AssertionError for a mixed or partial folder."""
    files = state(folder)
    assert sorted(files) == sorted(OUTPUT_FILES), sorted(files)
    assert all(whole(name, data) for name, data in files.items())
    sets = {"new" if Path(PAGES[1]).name.encode() in data else "old" for data in files.values()}
    assert len(sets) == 1, f"a mixed folder: {sets}"
    return sets.pop()


def leftovers(root: Path, kept: set[str]) -> list[str]:
    """Paths under `root` that are neither kept nor inside a kept folder: temporary files."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if p.relative_to(root).parts[0] not in kept)


def processes_naming(text: str) -> list[int]:
    """Processes whose command line holds `text` (a run's workers carry the parent's)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def run(arguments: list[str]) -> None:
    subprocess.run([KG, *arguments], check=True, capture_output=True, timeout=600)


def interrupt(arguments: list[str], delay: float, number: int) -> int:
    """Start kg, send it a signal after `delay` seconds (SIGINT to its process group, as Ctrl-C
    does; SIGTERM to the parent alone, as kill does) and return its exit code."""
    process = subprocess.Popen([KG, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    time.sleep(delay)
    if process.poll() is None:
        if number == signal.SIGINT:
            os.killpg(process.pid, number)
        else:
            process.send_signal(number)
    _, stderr = process.communicate(timeout=120)
    assert b"Traceback" not in stderr, stderr.decode()
    return process.returncode


def timed(arguments: list[str]) -> float:
    start = time.monotonic()
    run(arguments)
    return time.monotonic() - start


def two_copies(folder: Path) -> str:
    """A folder of two copies of the corpus: text enough for batches in two workers."""
    for copy in ("a", "b"):
        (folder / copy).mkdir(parents=True)
        for page in PAGES:
            shutil.copy(page, folder / copy)
    return str(folder)


def test_a_build_stopped_anywhere_leaves_one_complete_set(tmp_path):
    old, new = tmp_path / "old-ref", tmp_path / "new-ref"
    pages = two_copies(tmp_path / "pages")
    common = ["build", "-q", "--no-cache", "-j", "2"]
    run([*common, PAGES[0], "-o", str(old)])
    duration = timed([*common, pages, "-o", str(new)])
    assert (which_set(old), which_set(new)) == ("old", "new")
    out = tmp_path / "out"
    shutil.copytree(old, out)
    chooser = random.Random(2)
    for attempt in range(5):
        number = (signal.SIGINT, signal.SIGTERM)[attempt % 2]
        interrupt([*common, pages, "-o", str(out)], chooser.uniform(0.1, duration), number)
        found = which_set(out)
        assert leftovers(tmp_path, {"old-ref", "new-ref", "out", "pages"}) == []
        deadline = time.monotonic() + 10
        while processes_naming(str(out)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert processes_naming(str(out)) == [], "a worker outlived its build"
        if found == "new":  # back to the old set, to be stopped again
            shutil.rmtree(out)
            shutil.copytree(old, out)


def test_an_extraction_stopped_anywhere_leaves_the_old_file_or_the_new_one(tmp_path):
    common = ["extract", "-q", "--no-cache", "-j", "1"]
    out = tmp_path / "out.jsonl"
    run([*common, PAGES[0], "-o", str(out)])
    duration = timed([*common, *PAGES, "-o", str(tmp_path / "new.jsonl")])
    names = [Path(page).name for page in PAGES]
    chooser = random.Random(3)
    for attempt in range(3):
        number = (signal.SIGINT, signal.SIGTERM)[attempt % 2]
        interrupt([*common, *PAGES, "-o", str(out)], chooser.uniform(0.1, duration), number)
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [record["doc"] for record in records] in (names[:1], names)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jsonl", "out.jsonl"]


def test_a_build_killed_outright_takes_its_workers_and_the_next_build_its_folder(tmp_path):
    common = ["build", "-q", "--no-cache", "-j", "2"]
    pages = two_copies(tmp_path / "pages")
    out = tmp_path / "out"
    duration = timed([*common, pages, "-o", str(out)])
    interrupt([*common, pages, "-o", str(out)], duration / 2, signal.SIGKILL)
    assert which_set(out) == "new"
    deadline = time.monotonic() + 10
    while processes_naming(str(out)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert processes_naming(str(out)) == [], "a worker outlived its killed build"
    run([*common, PAGES[0], "-o", str(out)])
    assert which_set(out) == "old" and leftovers(tmp_path, {"out", "pages"}) == []


@pytest.mark.parametrize("stop, code, message", [("KeyboardInterrupt()", 1, b"\nAborted!\n"), ("SystemExit(143)", 143, b"")])
def test_a_stop_landing_while_a_library_loads_ends_as_anywhere_else(tmp_path, stop, code, message):
    """Python 3.11 wraps a stop that lands while a class is made in a RuntimeError: here inside
    the graph library `kg build` loads once extraction is done (a stand-in library that stops
    where networkx makes its classes)."""
    library = tmp_path / "lib" / "networkx"
    library.mkdir(parents=True)
    (library / "__init__.py").write_text("class _Stopped:\n    def __set_name__(self, owner, name):\n"
                                         f"        raise {stop}\n\n\nclass Graph:\n    adj = _Stopped()\n")
    out = tmp_path / "out"
    done = subprocess.run([KG, "build", "-q", "--no-cache", "-j", "1", PAGES[0], "-o", str(out)], capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(library.parent)}, timeout=600)
    assert (done.returncode, done.stderr) == (code, message)
    assert leftovers(tmp_path, {"lib"}) == []
