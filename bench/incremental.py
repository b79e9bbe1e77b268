"""An incremental build against a clean one: `kg build` as processes, with a cache of their own.

    python bench/incremental.py [--megabytes 20] [--workers 1]

The bundled pages are copied under new names into a folder of that many megabytes. Timed,
each as a process with ``XDG_CACHE_HOME`` pointing to a fresh folder:

1. a clean build (``--no-cache``);
2. a first build that fills the cache;
3. the same build again, nothing changed;
4. a build after one page is added to the folder.

The last one's files are compared with a clean build of the enlarged folder.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.corpus import bundled_corpus

BIN = Path(sys.executable).parent


def make_corpus(folder: Path, megabytes: float) -> None:
    """The bundled pages copied into `folder` under new names until it holds `megabytes` of text."""
    pages = [(page.name, page.read_bytes()) for page in bundled_corpus()]
    folder.mkdir(parents=True)
    size = copy = 0
    while size < megabytes * 1e6:
        for name, data in pages:
            (folder / f"{copy:05d}_{name}").write_bytes(data)
            size += len(data)
        copy += 1


def timed_build(folder: Path, out: Path, workers: int, cache: Path, *flags: str) -> tuple[float, str]:
    """Wall seconds of one `kg build` process and what it printed on stderr."""
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    start = time.perf_counter()
    done = subprocess.run([str(BIN / "kg"), "build", "-j", str(workers), *flags, str(folder), "-o", str(out)],
                          env=environment, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=20)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        make_corpus(root / "corpus", args.megabytes)
        cache = root / "cache"
        runs = [("clean build (--no-cache)", ("--no-cache",)), ("first build, filling the cache", ()),
                ("again, nothing changed", ())]
        for label, flags in runs:
            seconds, _ = timed_build(root / "corpus", root / "out", args.workers, cache, *flags)
            print(f"{label:40} {seconds:7.1f} s")
        page = bundled_corpus()[0]
        (root / "corpus" / f"added_{page.name}").write_bytes(page.read_bytes())
        seconds, log = timed_build(root / "corpus", root / "out", args.workers, cache)
        extracted = re.search(r"(\d+) of (\d+) documents extracted", log)
        print(f"{'one page added':40} {seconds:7.1f} s")
        timed_build(root / "corpus", root / "clean", args.workers, cache, "--no-cache")
        same = all((root / "out" / p.name).read_bytes() == p.read_bytes() for p in (root / "clean").iterdir())
        print(f"documents extracted after adding one: {extracted.group(1)} of {extracted.group(2)}; "
              f"files equal to a clean build: {same}")


if __name__ == "__main__":
    main()
