"""The commands users run, timed as processes: `kg extract` and `kg build` beside a bare spaCy process.

    python bench/processes.py [--sizes 5 20 100] [--runs 3] [--workdir DIR] [--json FILE]

For each size the bundled pages are copied under new names (so new article ids) into a
folder of that many megabytes of UTF-8 text. On each folder, in turns within one run so
that all three meet the same load on this shared machine:

- a bare ``spacy.blank("zh")`` process that reads every file and runs the pipeline over it;
- ``kg extract -q --no-cache -j 1 FOLDER -o FILE``;
- ``kg build -q --no-cache -j 1 FOLDER -o DIR``.

Every figure is characters per second, start-up included, twice: of wall time, and of CPU
time (user + system, of the process and the workers it waited for), the rate per core,
which the load of a shared machine disturbs far less than the wall time; with the peak RSS
of the largest process. Folders of 50 MB or more are run once. Then, on the 20 MB folder (or the
largest below it): the same commands with ``--workers 2``, and ``kg build --engine dask
--workers 2`` (a LocalCluster of two workers), whose output files are compared with the
local build's. Last, start-up: ``kg extract`` on one page against the bare process's
``import spacy; spacy.blank("zh")``, in turns, `--startup-runs` times.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.build import OUTPUT_FILES
from kg.corpus import bundled_corpus

BIN = Path(sys.executable).parent
BARE = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("zh")
texts = (path.read_text(encoding="utf-8") for path in sorted(Path(sys.argv[1]).rglob("*.txt")))
for doc in nlp.pipe(texts):
    pass
"""
BARE_START = 'import spacy; spacy.blank("zh")'


@dataclass
class Run:
    """One process: what ran, on how many characters, its wall time and peak RSS."""

    tool: str
    megabytes: float
    chars: int
    seconds: float
    cpu_seconds: float
    rss_mb: float

    @property
    def rate(self) -> float:
        return self.chars / self.seconds

    @property
    def cpu_rate(self) -> float:
        return self.chars / self.cpu_seconds

    def __str__(self) -> str:
        size = f"{self.megabytes:g} MB" if self.megabytes else "one page"
        return (f"{size:>8}  {self.tool:28} {self.seconds:7.1f} s {self.rate:>10,.0f} chars/s   CPU {self.cpu_seconds:7.1f} s "
                f"{self.cpu_rate:>10,.0f} chars/s   {self.rss_mb:5.0f} MB")


def run(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB, the largest process of its tree) of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status:
        raise RuntimeError(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def make_corpus(folder: Path, megabytes: float) -> int:
    """Copy the bundled pages into `folder` until it holds `megabytes` of text; its characters."""
    pages = [(page.name, page.read_text(encoding="utf-8")) for page in bundled_corpus()]
    folder.mkdir(parents=True, exist_ok=True)
    size = chars = copy = 0
    while size < megabytes * 1e6:
        for name, text in pages:
            (folder / f"{copy:05d}_{name}").write_text(text, encoding="utf-8")
            size += len(text.encode("utf-8"))
            chars += len(text)
        copy += 1
    return chars


def commands(folder: Path, out: Path, workers: int = 1, engine: str = "local") -> dict[str, list[str]]:
    kg = str(BIN / "kg")
    extra = ["--engine", engine] if engine != "local" else []
    return {
        'bare spacy.blank("zh")': [sys.executable, "-c", BARE, str(folder)],
        "kg extract": [kg, "extract", "-q", "--no-cache", "-j", str(workers), str(folder), "-o", str(out / "x.jsonl")],
        "kg build": [kg, "build", "-q", "--no-cache", "-j", str(workers), *extra, str(folder), "-o", str(out / engine)],
    }


def throughput(workdir: Path, sizes: list[float], runs: int) -> list[Run]:
    results = []
    for megabytes in sizes:
        folder = workdir / f"{megabytes:g}MB"
        chars = make_corpus(folder, megabytes)
        for _ in range(runs if megabytes < 50 else 1):
            for tool, command in commands(folder, workdir).items():
                results.append(Run(tool, megabytes, chars, *run(command)))
                print(results[-1], flush=True)
    return results


def parallel(workdir: Path, megabytes: float) -> list[Run]:
    """--workers 2 for extract and build, and the Dask LocalCluster build, on one folder; the
    Dask build's files must equal the local build's."""
    folder = workdir / f"{megabytes:g}MB"
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
    local, dask = commands(folder, workdir, 2), commands(folder, workdir, 2, "dask")
    results = []
    for tool, command in (("kg extract -j 2", local["kg extract"]), ("kg build -j 2", local["kg build"]),
                          ("kg build --engine dask -j 2", dask["kg build"])):
        results.append(Run(tool, megabytes, chars, *run(command)))
        print(results[-1], flush=True)
    same = all((workdir / "dask" / name).read_bytes() == (workdir / "local" / name).read_bytes()
               for name in OUTPUT_FILES)
    print(f"Dask build equals the local build: {same}")
    return results


def startup(workdir: Path, runs: int) -> list[Run]:
    page = bundled_corpus()[0]
    chars = len(page.read_text(encoding="utf-8"))
    tools = {"bare start-up": [sys.executable, "-c", BARE_START],
             "kg extract one page": [str(BIN / "kg"), "extract", "-q", "--no-cache", "-j", "1", str(page),
                                     "-o", str(workdir / "one.jsonl")]}
    results = []
    for _ in range(runs):
        for tool, command in tools.items():
            results.append(Run(tool, 0, chars, *run(command)))
    for tool in tools:
        times = [r.seconds for r in results if r.tool == tool]
        cpu = [r.cpu_seconds for r in results if r.tool == tool]
        print(f"{tool:24} wall median {statistics.median(times):.2f} s, best {min(times):.2f} s; "
              f"CPU median {statistics.median(cpu):.2f} s, best {min(cpu):.2f} s")
    for kind in ("seconds", "cpu_seconds"):
        pairs = zip(*[[getattr(r, kind) for r in results if r.tool == tool] for tool in tools])
        ratios = [kg / bare for bare, kg in pairs]
        print(f"kg extract / bare start-up ({kind}): median {statistics.median(ratios):.2f} "
              f"({min(ratios):.2f}–{max(ratios):.2f})")
    return results


def summary(results: list[Run]) -> None:
    """Best and median rate per tool and size, and kg extract against the bare process."""
    print("\n| size | tool | chars/s (wall, best / median) | chars/s per core (CPU, best / median) | peak RSS |\n"
          "| --- | --- | --- | --- | --- |")
    keys = dict.fromkeys((r.megabytes, r.tool) for r in results if r.megabytes)
    for megabytes, tool in keys:
        runs = [r for r in results if (r.megabytes, r.tool) == (megabytes, tool)]
        wall, cpu = [r.rate for r in runs], [r.cpu_rate for r in runs]
        print(f"| {megabytes:g} MB | {tool} | {max(wall):,.0f} / {statistics.median(wall):,.0f} | "
              f"{max(cpu):,.0f} / {statistics.median(cpu):,.0f} | {max(r.rss_mb for r in runs):,.0f} MB |")
    for megabytes in dict.fromkeys(m for m, _ in keys):
        for kind in ("seconds", "cpu_seconds"):
            bare = [getattr(r, kind) for r in results if (r.megabytes, r.tool) == (megabytes, 'bare spacy.blank("zh")')]
            kg = [getattr(r, kind) for r in results if (r.megabytes, r.tool) == (megabytes, "kg extract")]
            ratios = [b / k for b, k in zip(bare, kg)]
            if ratios:
                print(f"{megabytes:g} MB: kg extract / bare spaCy process ({kind}): median "
                      f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})")
    for megabytes, tool in keys:
        one = [r.seconds for r in results if (r.megabytes, r.tool) == (megabytes, tool.removesuffix(" -j 2"))]
        if tool.endswith(" -j 2") and one:
            two = next(r.seconds for r in results if (r.megabytes, r.tool) == (megabytes, tool))
            print(f"{megabytes:g} MB: {tool} is {statistics.median(one) / two:.2f} × faster than one worker")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[5, 20, 100])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--json", type=Path, help="Also write every run to this file.")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        print("load average at the start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
        results = startup(workdir, args.startup_runs)
        results += throughput(workdir, args.sizes, args.runs)
        results += parallel(workdir, max((s for s in args.sizes if s <= 20), default=min(args.sizes)))
        summary(results)
        print("load average at the end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
        if args.json:
            args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
