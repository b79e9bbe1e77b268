"""Builds and extractions stopped by SIGINT or SIGTERM at random points: the output is always
one complete set (the old one or the new one), no temporary file remains, no worker lives on."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path


from kg.corpus import bundled_corpus

KG = str(Path(sys.executable).parent / "kg")
PAGES = [str(p) for p in bundled_corpus()]


def state(folder: Path) -> dict[str, bytes]:
    """The files of a folder by name, with their content."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


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


def test_a_build_stopped_anywhere_leaves_one_complete_set(tmp_path):
    old, new = tmp_path / "old-ref", tmp_path / "new-ref"
    common = ["build", "-q", "--no-cache", "-j", "2"]
    run([*common, PAGES[0], "-o", str(old)])
    duration = timed([*common, *PAGES, "-o", str(new)])
    sets = [state(old), state(new)]
    out = tmp_path / "out"
    shutil.copytree(old, out)
    chooser = random.Random(2)
    for attempt in range(5):
        number = (signal.SIGINT, signal.SIGTERM)[attempt % 2]
        interrupt([*common, *PAGES, "-o", str(out)], chooser.uniform(0.1, duration), number)
        assert state(out) in sets, f"a mixed folder after signal {number}"
        assert leftovers(tmp_path, {"old-ref", "new-ref", "out"}) == []
        deadline = time.monotonic() + 10
        while processes_naming(str(out)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert processes_naming(str(out)) == [], "a worker outlived its build"
        if state(out) == sets[1]:  # back to the old set, to be stopped again
            shutil.rmtree(out)
            shutil.copytree(old, out)


def test_an_extraction_stopped_anywhere_leaves_the_old_file_or_the_new_one(tmp_path):
    common = ["extract", "-q", "--no-cache", "-j", "1"]
    out = tmp_path / "out.jsonl"
    run([*common, PAGES[0], "-o", str(out)])
    old = out.read_bytes()
    duration = timed([*common, *PAGES, "-o", str(tmp_path / "new.jsonl")])
    new = (tmp_path / "new.jsonl").read_bytes()
    chooser = random.Random(3)
    for attempt in range(3):
        number = (signal.SIGINT, signal.SIGTERM)[attempt % 2]
        interrupt([*common, *PAGES, "-o", str(out)], chooser.uniform(0.1, duration), number)
        assert out.read_bytes() in (old, new)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jsonl", "out.jsonl"]
