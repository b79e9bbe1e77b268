"""Time and memory of the graph stages of `kg build`, and SPARQL latency, on a large graph.

    python bench/build.py [--copies 40]

The bundled corpus is extracted once and its articles copied under new ids, so that the
graph keeps the corpus's entities while its evidence (one named graph per article) grows
with the number of copies.
"""
from __future__ import annotations

import argparse
import dataclasses
import resource
import tempfile
import time
from pathlib import Path

from kg.corpus import bundled_corpus, read_documents
from kg.extract import extract_all
from kg.graph import build_graph
from kg.model import Evidence
from kg.query import run_query
from kg.rdf import serialize, to_quads


def timed(label: str, action):
    start = time.perf_counter()
    result = action()
    print(f"{label:34} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    documents = list(read_documents([str(p) for p in bundled_corpus()]))
    extractions = [e for _, found in extract_all(documents) for e in found]
    copies = []
    for number in range(args.copies):
        for extraction in extractions:
            article = dataclasses.replace(extraction.article, id=f"{extraction.article.id}/{number}")
            relations = [dataclasses.replace(r, evidence=Evidence(article.id, r.evidence.sentence, r.evidence.start,
                                                                   r.evidence.end)) for r in extraction.relations]
            copies.append(dataclasses.replace(extraction, article=article, relations=relations))
    graph = timed("networkx graph", lambda: build_graph(copies))
    quads = timed("RDF quads (the mapping)", lambda: to_quads(graph))
    turtle = timed("Turtle (pyoxigraph)", lambda: serialize(quads, "turtle"))
    timed("TriG (pyoxigraph)", lambda: serialize(quads, "trig"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.ttl"
        path.write_bytes(turtle)
        rows = timed("SPARQL who-runs-program (oxigraph)", lambda: run_query(path, "who-runs-program").rows)
        timed("SPARQL evidence (oxigraph)", lambda: run_query(path, "evidence").rows)
    print(f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges, {len(quads):,} quads, "
          f"Turtle {len(turtle) / 1e6:.1f} MB, {len(rows)} rows; peak memory "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
