"""Time the explorer page of a large graph: generating it, and settling it in headless Chromium.

    python bench/render.py [--nodes 5000] [--runs 3]

The graph is generated in the shape of a built one: provinces, prefectures and counties
(partOf), a federation per division (locatedIn, subOrganizationOf), programs they and
companies organise, people who work for them, a few isolated nodes, and one or two evidence
sentences per fact from dated articles. "Settled" is the page's own mark: the first paint
after the layout is fixed, in milliseconds from the start of navigation (parsing included).
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.chromium

from kg.model import Evidence  # noqa: E402
from kg.render import forceatlas2_positions, render_html  # noqa: E402
from tests.chromium import Chromium  # noqa: E402


def union_like_graph(nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of about `nodes` nodes with the types, predicates and evidence of a built graph."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    graph.graph["articles"] = {
        f"a{i}": {"doc": f"page{i // 10}.txt", "title": f"第{i}篇报道", "url": "",
                  "date": f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        for i in range(nodes // 2)
    }
    articles = list(graph.graph["articles"])

    def node(kind: str, key: str, name: str, **extra) -> str:
        graph.add_node(f"{kind}:{key}", type=kind.capitalize() if kind != "union" else "UnionBody", name=name,
                       aliases=[], mentions=1, articles=rng.sample(articles, 2), **extra)
        return f"{kind}:{key}"

    def fact(source: str, target: str, predicate: str) -> None:
        evidence = [Evidence(a, f"{graph.nodes[source]['name']}与{graph.nodes[target]['name']}。", 0, 9, "bench.rule")
                    for a in rng.sample(articles, rng.randint(1, 2))]
        graph.add_edge(source, target, key=predicate, predicate=predicate, inferred=False, evidence=evidence)

    scale = nodes / 5000
    divisions, federations = [], {}
    for p in range(max(int(31 * scale), 1)):
        province = node("region", f"p{p}", f"第{p}省", level="province", province=f"第{p}省",
                        code=f"{p:02d}0000000000")
        divisions.append(province)
        for c in range(10):
            city = node("region", f"p{p}c{c}", f"{p}省{c}市", level="city", province=f"第{p}省")
            fact(city, province, "partOf")
            divisions.append(city)
            for k in range(4):
                county = node("region", f"p{p}c{c}k{k}", f"{p}省{c}市{k}县", level="county", province=f"第{p}省")
                fact(county, city, "partOf")
                divisions.append(county)
    for division in divisions:
        if graph.nodes[division]["level"] != "county" or rng.random() < 0.4:
            union = node("union", division, graph.nodes[division]["name"] + "总工会")
            fact(union, division, "locatedIn")
            federations[division] = union
    for division, union in federations.items():
        parents = [t for _, t, k in graph.out_edges(division, keys=True) if k == "partOf"]
        if parents and parents[0] in federations:
            fact(union, federations[parents[0]], "subOrganizationOf")
    unions = sorted(federations.values())
    companies = [node("organization", f"o{i}", f"第{i}公司") for i in range(int(450 * scale))]
    program_count = nodes - len(graph) - int(450 * scale) - int(0.03 * nodes)
    for i in range(max(program_count, 0)):
        program = node("program", f"g{i}", f"“第{i}号”行动")
        fact(rng.choice(unions) if rng.random() < 0.85 else rng.choice(companies), program, "organizes")
        fact(program, rng.choice(divisions), "locatedIn")
    for i in range(int(450 * scale)):
        fact(node("person", f"h{i}", f"某{i}"), rng.choice(unions + companies), "worksFor")
    while len(graph) < nodes:
        node("organization", f"lone{len(graph)}", f"孤立{len(graph)}")
    return graph


def summary(seconds: list[float]) -> str:
    return f"median {statistics.median(seconds):.2f} s (runs {', '.join(f'{t:.2f}' for t in seconds)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    graph = union_like_graph(args.nodes)
    print(f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges, "
          f"{sum(1 for n in graph if graph.degree(n) == 0)} isolated")
    layouts, pages, cpu = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        forceatlas2_positions(graph)
        layouts.append(time.perf_counter() - start)
        start, start_cpu = time.perf_counter(), time.process_time()
        html = render_html(graph, title="bench")
        pages.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"precomputed layout: {summary(layouts)}")
    print(f"page generated:     {summary(pages)}; CPU {summary(cpu)}; {len(html) / 1e6:.1f} MB")
    with tempfile.TemporaryDirectory() as folder, Chromium(1400, 900, timeout=120) as browser:
        page = Path(folder) / "bench.html"
        page.write_text(html, encoding="utf-8")
        settled = []
        for _ in range(args.runs):
            browser.open(page)
            settled.append(int(browser.wait_for("document.body.dataset.kgSettled")) / 1000)
        shown = browser.evaluate("network.body.data.nodes.get({filter: (n) => !n.hidden}).length")
        print(f"settled in Chromium: {summary(settled)}; {shown:,} nodes shown; console errors: {len(browser.errors)}")
    print(f"load average over the last minute: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
