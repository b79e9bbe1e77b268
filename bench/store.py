"""SPARQL latency on an on-disk Oxigraph store of over a million quads (loading excluded).

    python bench/store.py [--megabytes 18] [--runs 7] [--workdir DIR]

The bundled pages are copied under new names into a folder of `--megabytes` of text and
built with `kg.build.build(..., store=DIR)`, as `kg build --store DIR` does; that is the
loading, timed but not counted. Then each canned query runs `--runs` times through
`kg.query.run_query(DIR, name)`, as `kg query DIR name` does: each run opens the store
read-only, answers the query and turns every row into strings. The figures are the
median and best of the runs, with the number of rows. The full evidence listing, whose
time grows with its rows, runs once, last. A `--workdir` that holds a store from an
earlier run is queried again without building.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kg.build import build
from kg.query import canned_queries, run_query
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).parent))
from processes import make_corpus  # noqa: E402  (the same corpus as the process benchmarks)

BUSIEST_UNION = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name (COUNT(DISTINCT ?child) AS ?n) WHERE { ?child org:subOrganizationOf ?top . ?top skos:prefLabel ?name }
GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1
"""
BUSIEST_SUBJECT = """
PREFIX kgo: <https://w3id.org/kg-union/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?name (COUNT(?e) AS ?n) WHERE { ?e a kgo:Evidence ; rdf:subject ?s . ?s skos:prefLabel ?name }
GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=18)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-store-"))
    try:
        folder, store = workdir / "corpus", workdir / "store"
        if not store.exists():
            chars = make_corpus(folder, args.megabytes)
            start = time.perf_counter()
            build([str(folder)], workdir / "out", store=store, report=lambda _: None)
            print(f"{chars:,} characters built in {time.perf_counter() - start:.0f} s (not counted)")
        print(f"a store of {len(open_store(store)):,} quads")
        union = run_query(store, BUSIEST_UNION).rows[0][0]
        subject = run_query(store, BUSIEST_SUBJECT).rows[0][0]
        params = {"unions-in-region": {"region": "广东省"}, "federation-tree": {"union": union}}
        cases = [(name, params.get(name, {}), args.runs) for name in canned_queries() if name != "evidence"]
        cases += [("evidence", {"subject": subject}, args.runs), ("evidence", {}, 1)]
        print("\n| query | median ms | best ms | rows |\n| --- | --- | --- | --- |")
        for name, bound, runs in cases:
            times, rows = [], 0
            for _ in range(runs):
                start = time.perf_counter()
                rows = len(run_query(store, name, bound).rows)
                times.append((time.perf_counter() - start) * 1000)
            label = name + "".join(f" -p {key}={value}" for key, value in bound.items())
            print(f"| `{label}` | {statistics.median(times):.1f} | {min(times):.1f} | {rows:,} |", flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
