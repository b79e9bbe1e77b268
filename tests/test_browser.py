"""The explorer page in a real browser (headless Chromium over the DevTools protocol), network blocked.

Screenshots of the first view and of a focused union go to $KG_SCREENSHOTS (else a temporary folder).
"""
import json
import os
import time
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest

from kg.model import Evidence
from kg.query import run_query
from kg.render import STYLE, render_html
from tests.chromium import CHROMIUM, Chromium
from tests.helpers import busiest

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI") != "true", reason="chromium is not installed (CI installs it)"
)
FADED = "#eeeeee"
SHOWN = "network.body.data.nodes.get({filter: (n) => !n.hidden}).map((n) => n.id)"
# Counts the paints of a canvas (vis-network clears it for each) until the page marks its layout settled.
PAINTS = """window.paintsBeforeSettled = 0;
const clear = CanvasRenderingContext2D.prototype.clearRect;
CanvasRenderingContext2D.prototype.clearRect = function (...args) {
  if (!document.body.dataset.kgSettled) { window.paintsBeforeSettled += 1; }
  return clear.apply(this, args);
};"""
EDGE_LABELS = "network.body.data.edges.get({filter: (e) => !e.hidden && e.label}).map((e) => e.id)"
# Pairs of nodes whose labels, as last drawn, cover one another.
OVERLAPPING_LABELS = f"""(() => {{
  const boxes = {SHOWN}.map((id) => [id, network.body.nodes[id].labelModule])
    .filter(([, label]) => label.visible()).map(([id, label]) => [id, label.size]);
  const pairs = [];
  boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {{
    if (p.left < q.left + q.width && q.left < p.left + p.width && p.top < q.top + q.height && q.top < p.top + p.height) {{
      pairs.push([a, b]); }} }}));
  return pairs; }})()"""


@pytest.fixture(scope="module")
def browser():
    with Chromium(1400, 900) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def corpus_page(corpus_graph, tmp_path_factory):
    page = tmp_path_factory.mktemp("page") / "graph.html"
    page.write_text(render_html(corpus_graph[0], title="kg: the bundled corpus"), encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("KG_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load(browser: Chromium, page: Path, fragment: str = "") -> None:
    """Open the page (with a fragment) and wait until its layout is settled and painted."""
    browser.errors.clear()
    browser.open(page)
    if fragment:
        browser.evaluate(f"location.hash = {json.dumps(fragment)}")
    browser.wait_for("document.body.dataset.kgSettled")


def panel_shows(browser: Chromium, name: str) -> None:
    """Wait until the panel shows the entity of this name."""
    browser.wait_for(f"document.querySelector('#kg-panel h2')?.textContent === {json.dumps(name)}")


def point_of(browser: Chromium, node: str) -> tuple[float, float]:
    """Where a node is drawn, in viewport pixels."""
    return tuple(browser.evaluate(f"""(() => {{
        const p = network.canvasToDOM(network.getPositions([{json.dumps(node)}])[{json.dumps(node)}]);
        const box = document.querySelector("#kg-graph canvas").getBoundingClientRect();
        return [p.x + box.left, p.y + box.top]; }})()"""))


def background_point(browser: Chromium) -> tuple[float, float]:
    """A point of the canvas, in viewport pixels, as far from every drawn node as the canvas allows:
    a click there lands on the background whatever the layout."""
    return tuple(browser.evaluate("""(() => {
        const box = document.querySelector("#kg-graph canvas").getBoundingClientRect();
        const drawn = Object.values(network.getPositions()).map((p) => network.canvasToDOM(p));
        let best = [box.width / 2, box.height / 2], farthest = -1;
        for (let x = 10; x < box.width - 10; x += box.width / 24) {
            for (let y = 10; y < box.height - 10; y += box.height / 24) {
                const nearest = Math.min(...drawn.map((p) => Math.hypot(p.x - x, p.y - y)));
                if (nearest > farthest) { farthest = nearest; best = [x, y]; }
            }
        }
        return [best[0] + box.left, best[1] + box.top]; })()"""))


def box(browser: Chromium, selector: str) -> dict:
    return browser.evaluate(f"JSON.parse(JSON.stringify(document.querySelector({json.dumps(selector)})"
                            ".getBoundingClientRect()))")


def node_colours(browser: Chromium) -> dict:
    """The fill each shown node is drawn with."""
    return browser.evaluate(f"Object.fromEntries({SHOWN}.map((id) => [id,"
                            " network.body.nodes[id].options.color.background]))")


def test_first_view_settles_offline_with_hubs_labelled_apart_and_isolated_nodes_hidden(corpus_graph, corpus_page,
                                                                                        browser, shots):
    graph = corpus_graph[0]
    counter = browser.send("Page.addScriptToEvaluateOnNewDocument", session=True, source=PAINTS)["identifier"]
    load(browser, corpus_page)
    browser.send("Page.removeScriptToEvaluateOnNewDocument", session=True, identifier=counter)
    assert browser.evaluate("document.body.dataset.kgNodes") == str(graph.number_of_nodes())
    assert browser.evaluate("window.paintsBeforeSettled") == 1  # the first paint is the settled layout
    before = browser.evaluate("JSON.stringify(network.getPositions())")
    time.sleep(0.5)
    assert browser.evaluate("JSON.stringify(network.getPositions())") == before  # no dance after it
    isolated = {n for n in graph if graph.degree(n) == 0}
    assert isolated and not isolated & set(browser.evaluate(SHOWN))
    assert f"{len(isolated)} isolated hidden" in browser.evaluate("document.getElementById('kg-counts').textContent")
    labelled = set(browser.evaluate(f"{SHOWN}.filter((id) => network.body.nodes[id].labelModule.visible())"))
    shown = browser.evaluate(SHOWN)
    assert 0 < len(labelled) <= 20 < len(shown)
    assert min(graph.degree(n) for n in labelled) >= sorted((graph.degree(n) for n in shown), reverse=True)[40]
    assert browser.evaluate(OVERLAPPING_LABELS) == []  # every label drawn can be read
    browser.screenshot(shots / "explorer-first-view.png")
    edge, x, y = browser.evaluate("""(() => {  // a point of a long edge on screen that no other edge is near
        const box = document.querySelector("#kg-graph canvas").getBoundingClientRect();
        const at = (id) => network.canvasToDOM(network.getPositions([id])[id]);
        const edges = network.body.data.edges.get({filter: (e) => !e.hidden}).map((e) => [e.id, at(e.from), at(e.to)]);
        edges.sort((p, q) => Math.hypot(q[1].x - q[2].x, q[1].y - q[2].y) - Math.hypot(p[1].x - p[2].x, p[1].y - p[2].y));
        const away = (point, [, c, d]) => {  // distance from a point to the segment c–d
            const t = Math.max(0, Math.min(1, ((point.x - c.x) * (d.x - c.x) + (point.y - c.y) * (d.y - c.y))
                                             / (Math.hypot(d.x - c.x, d.y - c.y) ** 2 || 1)));
            return Math.hypot(point.x - c.x - t * (d.x - c.x), point.y - c.y - t * (d.y - c.y)); };
        for (const [id, a, b] of edges) {
            for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
                const point = {x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y)};
                if (edges.every((other) => other[0] === id || away(point, other) > 15)) {
                    return [id, point.x + box.left, point.y + box.top]; } } }
        return [null, 0, 0]; })()""")
    assert edge is not None
    assert browser.evaluate(EDGE_LABELS) == []
    browser.send("Input.dispatchMouseEvent", session=True, type="mouseMoved", x=x, y=y)
    assert browser.wait_for(EDGE_LABELS, timeout=5) == [edge]  # an edge's label shows on hover
    canvas = box(browser, "#kg-graph canvas")
    browser.send("Input.dispatchMouseEvent", session=True, type="mouseMoved",
                 x=canvas["left"] + 3, y=canvas["bottom"] - 3)
    assert browser.wait_for(f"{EDGE_LABELS}.length === 0", timeout=5)
    browser.evaluate("network.moveTo({scale: 1.5}); network.redraw(); true")
    assert browser.evaluate(f"{SHOWN}.every((id) => network.body.nodes[id].labelModule.visible())")
    x, y = box(browser, "#kg-isolated")["x"], box(browser, "#kg-isolated")["y"]
    browser.click(x + 5, y + 5)
    assert isolated <= set(browser.evaluate(SHOWN))
    assert browser.errors == []
    assert (shots / "explorer-first-view.png").stat().st_size > 50_000


@pytest.mark.parametrize("width,height", [(1400, 900), (1280, 720)])
def test_after_a_click_the_panel_lies_in_the_viewport_beside_the_canvas(corpus_graph, corpus_page, width, height):
    graph = corpus_graph[0]
    union = busiest(graph, "UnionBody", "organizes")
    with Chromium(width, height) as browser:
        load(browser, corpus_page)
        browser.evaluate(f"network.focus({json.dumps(union)}, {{scale: 1}}); true")
        browser.click(*point_of(browser, union))
        assert browser.evaluate("document.querySelector('#kg-panel h2').textContent") == graph.nodes[union]["name"]
        panel, canvas = box(browser, "#kg-panel"), box(browser, "#kg-graph canvas")
        assert panel["left"] >= 0 and panel["top"] >= 0 and panel["right"] <= width and panel["bottom"] <= height
        assert (panel["left"] >= canvas["right"] or panel["right"] <= canvas["left"]
                or panel["top"] >= canvas["bottom"] or panel["bottom"] <= canvas["top"])
        assert canvas["width"] >= 0.6 * width
        # the panel scrolls on its own; the page does not
        assert browser.evaluate("(() => { const p = document.getElementById('kg-panel'); p.scrollTop = 200;"
                                " return p.scrollTop > 0 && window.scrollY === 0"
                                " && document.scrollingElement.scrollHeight <= innerHeight; })()")
        headings = browser.evaluate("[...document.querySelectorAll('#kg-panel h3')].map((h) => h.textContent)")
        expected = {k for *_, k in graph.out_edges(union, keys=True)} | {
            f"← {k}" for *_, k in graph.in_edges(union, keys=True)}
        assert {h.rsplit(" (", 1)[0] for h in headings} == expected
        text = browser.evaluate("document.getElementById('kg-panel').textContent")
        _, other, key, edge = next(iter(graph.out_edges(union, keys=True, data=True)))
        assert edge["evidence"][0].sentence in text and graph.nodes[other]["name"] in text
        title = graph.graph["articles"][edge["evidence"][0].article]["title"]
        assert title in text
        assert browser.errors == []


# Longer than the interval within which the page's touch library reads two taps as a double tap.
DOUBLE_TAP_PAUSE = 1.0  # longer than the double-tap window, with room for a busy machine


def test_focus_fades_the_non_neighbours_expands_and_clears(corpus_graph, corpus_page, browser, shots):
    graph = corpus_graph[0]
    union = busiest(graph, "UnionBody", "organizes")
    load(browser, corpus_page)
    browser.evaluate(f"network.focus({json.dumps(union)}, {{scale: 1}}); true")
    browser.click(*point_of(browser, union))
    ring = {union, *nx.all_neighbors(graph, union)}
    colours = node_colours(browser)
    assert {n for n, c in colours.items() if c != FADED} == ring
    assert all(colours[n] == STYLE[graph.nodes[n]["type"]][0] for n in ring)
    assert browser.evaluate("location.hash") == "#node=" + quote(union, safe="")
    incident = browser.evaluate(f"network.body.data.edges.get({{filter: (e) => e.from === {json.dumps(union)}"
                                f" || e.to === {json.dumps(union)}}}).map((e) => [e.id, e.predicate, e.from])")
    kinds = {(predicate, source == union) for _, predicate, source in incident}
    labelled = browser.evaluate(EDGE_LABELS)
    assert len(incident) > 8 and len(labelled) == len(kinds)  # many edges: each kind labelled once
    assert {(predicate, source == union) for i, predicate, source in incident if i in labelled} == kinds

    # Each node is brought to the middle of the view before its click, so every click lands on the
    # same point: a pause keeps two of them from making a double tap (which expands a ring).
    few = next(n for n in ring if 1 < graph.degree(n) <= 8)
    browser.evaluate(f"network.focus({json.dumps(few)}, {{scale: 1}}); true")
    time.sleep(DOUBLE_TAP_PAUSE)
    browser.click(*point_of(browser, few))
    assert browser.evaluate("location.hash") == "#node=" + quote(few, safe="")
    assert len(browser.evaluate(EDGE_LABELS)) == graph.degree(few)  # few edges: every one labelled
    browser.evaluate(f"network.focus({json.dumps(union)}, {{scale: 1}}); true")
    time.sleep(DOUBLE_TAP_PAUSE)
    browser.click(*point_of(browser, union))
    browser.wait_for(f"location.hash === {json.dumps('#node=' + quote(union, safe=''))}")  # the click is taken

    time.sleep(DOUBLE_TAP_PAUSE)
    browser.click(*point_of(browser, union), count=2)  # double click: the next ring
    second = set(nx.ego_graph(graph.to_undirected(as_view=True), union, radius=2))
    colours = node_colours(browser)
    assert {n for n, c in colours.items() if c != FADED} == second & set(colours)

    browser.key("Escape", 27)
    assert FADED not in node_colours(browser).values()
    assert browser.evaluate("location.hash") == "" and browser.evaluate(EDGE_LABELS) == []

    browser.click(*point_of(browser, union))
    browser.click(*background_point(browser))
    assert browser.evaluate("location.hash") == ""
    assert FADED not in node_colours(browser).values()

    load(browser, corpus_page, "#node=" + quote(union, safe=""))  # a shared view
    assert browser.wait_for("document.querySelector('#kg-panel h2')?.textContent") == graph.nodes[union]["name"]
    assert FADED in node_colours(browser).values()
    browser.click(1, 1)  # the mouse leaves the drawing, so no tooltip covers it
    browser.screenshot(shots / "explorer-focused.png")
    assert browser.errors == []


def test_typing_a_partial_name_shows_suggestions(corpus_graph, corpus_page, browser):
    graph = corpus_graph[0]
    union = busiest(graph, "UnionBody", "subOrganizationOf", incoming=True)
    name = graph.nodes[union]["name"]
    load(browser, corpus_page)
    browser.evaluate("document.getElementById('kg-search').focus()")
    browser.type_text(name[:2])
    suggestions = browser.evaluate("[...document.querySelectorAll('#kg-suggestions button')].map((b) => b.dataset.id)")
    assert union in suggestions and browser.evaluate("!document.getElementById('kg-suggestions').hidden")
    assert all(name[:2] in graph.nodes[s]["name"] or any(name[:2] in a for a in graph.nodes[s]["aliases"])
               for s in suggestions)
    browser.evaluate("document.getElementById('kg-search').value = ''")
    browser.type_text(name)
    browser.key("Enter", 13, "\r")
    assert browser.evaluate("document.querySelector('#kg-panel h2').textContent") == name
    assert browser.evaluate("location.hash") == "#node=" + quote(union, safe="")

    aliased = next(n for n, d in sorted(graph.nodes(data=True)) if any(a not in d["name"] for a in d["aliases"]))
    alias = next(a for a in graph.nodes[aliased]["aliases"] if a not in graph.nodes[aliased]["name"])
    browser.evaluate("document.getElementById('kg-search').value = ''")
    browser.type_text(alias)
    assert aliased in browser.evaluate("[...document.querySelectorAll('#kg-suggestions button')]"
                                       ".map((b) => b.dataset.id)")
    browser.key("ArrowDown", 40)
    assert browser.evaluate("document.activeElement.getAttribute('role')") == "option"

    browser.evaluate("document.getElementById('kg-search').value = ''")
    browser.type_text("不存在的名字")
    assert "no match" in browser.evaluate("document.getElementById('kg-search-status').textContent")
    assert browser.evaluate("document.getElementById('kg-suggestions').hidden")
    assert browser.errors == []


def test_a_province_filter_leaves_only_that_provinces_nodes(corpus_graph, corpus_page, browser):
    graph = corpus_graph[0]
    province = "广东省"
    regions = {n for n, d in graph.nodes(data=True) if d["type"] == "Region" and d.get("province") == province}
    located = {s for s, t, k in graph.edges(keys=True) if t in regions and k in ("locatedIn", "partOf")}
    near = {n for p in regions | located for n in nx.all_neighbors(graph, p)}
    load(browser, corpus_page)
    browser.evaluate(f"(() => {{ const s = document.getElementById('kg-province'); s.value = {json.dumps(province)};"
                     " s.dispatchEvent(new Event('change')); })()")
    shown = set(browser.evaluate(SHOWN))
    assert shown and shown <= regions | located | near
    assert {n for n in regions if graph.degree(n)} <= shown
    assert not any(graph.nodes[n]["type"] == "Region" and graph.nodes[n].get("province") != province for n in shown)
    assert browser.evaluate("document.getElementById('kg-counts').textContent").startswith(
        f"{len(shown)} of {graph.number_of_nodes()} nodes")

    types = browser.evaluate("[...document.querySelectorAll('#kg-legend input')].map((b) => b.value)")
    program = box(browser, f"#kg-legend label:nth-of-type({types.index('Program') + 1}) input")
    browser.click(program["x"] + 4, program["y"] + 4)
    left = set(browser.evaluate(SHOWN))
    assert left == {n for n in shown if graph.nodes[n]["type"] != "Program"}
    assert browser.evaluate(f"document.getElementById('kg-count-type-{types.index('Program')}').textContent") == (
        f"0/{sum(1 for _, d in graph.nodes(data=True) if d['type'] == 'Program')}")
    legend = browser.evaluate("[...document.querySelectorAll('#kg-legend path')].map((p) => p.getAttribute('fill'))")
    assert legend == [STYLE[t][0] for t in types]

    browser.evaluate("(() => { const b = [...document.querySelectorAll('#kg-predicates input')]"
                     ".find((b) => b.value === 'locatedIn'); b.click(); })()")
    assert browser.evaluate("network.body.data.edges.get({filter: (e) => !e.hidden && e.predicate === 'locatedIn'})"
                            ".length") == 0
    assert browser.errors == []


def test_the_panel_gives_dates_rules_codes_divisions_and_sparql(corpus_graph, corpus_page, browser, tmp_path):
    graph = nx.MultiDiGraph()
    graph.graph["articles"] = {"a1": {"doc": "one.txt", "title": "旧闻", "date": "2024-01-05", "url": ""},
                               "a2": {"doc": "two.txt", "title": "新闻", "date": "2025-06-01",
                                      "url": "https://example.org/2"}}
    graph.add_node("union:x", type="UnionBody", name="某市总工会", aliases=[], mentions=2, articles=["a1", "a2"])
    graph.add_node("program:old", type="Program", name="旧活动", aliases=[], mentions=1, articles=["a1"])
    graph.add_node("program:new", type="Program", name="新活动", aliases=[], mentions=1, articles=["a2"])
    graph.add_edge("union:x", "program:old", key="organizes", predicate="organizes", inferred=False,
                   evidence=[Evidence("a1", "某市总工会举办旧活动。", 0, 10,
                                      "relations.organizer_before_trigger")])
    graph.add_edge("union:x", "program:new", key="organizes", predicate="organizes", inferred=False,
                   evidence=[Evidence("a2", "某市总工会举办新活动。", 0, 10)])
    page = tmp_path / "dated.html"
    page.write_text(render_html(graph), encoding="utf-8")
    load(browser, page)
    assert browser.evaluate("!document.getElementById('kg-dates').hidden")
    browser.evaluate("(() => { const f = document.getElementById('kg-date-from'); f.value = '2025-01-01';"
                     " f.dispatchEvent(new Event('change')); })()")
    assert set(browser.evaluate(SHOWN)) == {"union:x", "program:new"}
    browser.click(*point_of(browser, "union:x"))
    text = browser.evaluate("document.getElementById('kg-panel').textContent")
    assert "rule relations.organizer_before_trigger" in text and "2024-01-05" in text and "《新闻》" in text
    assert browser.evaluate("document.querySelector('#kg-panel cite a').href") == "https://example.org/2"

    graph, turtle = corpus_graph
    def above(region):
        return [t for _, t, k in graph.out_edges(region, keys=True) if k == "partOf"]

    county, city, province = next((n, c, p) for n in sorted(graph) if graph.nodes[n].get("code")
                                  for c in above(n) for p in above(c) if not above(p))
    load(browser, corpus_page, "#node=" + quote(county, safe=""))
    panel_shows(browser, graph.nodes[county]["name"])
    text = browser.evaluate("document.getElementById('kg-panel').textContent")
    assert f"Code: {graph.nodes[county]['code']}" in text
    assert f"Within: {graph.nodes[province]['name']} › {graph.nodes[city]['name']}" in text

    union = busiest(graph, "UnionBody", "organizes")
    load(browser, corpus_page, "#node=" + quote(union, safe=""))
    panel_shows(browser, graph.nodes[union]["name"])
    browser.evaluate("[...document.querySelectorAll('#kg-panel button')].find((b) => b.textContent === 'Copy SPARQL')"
                     ".click(); true")
    query = browser.wait_for("document.getElementById('kg-sparql')?.textContent")
    rows = run_query(turtle, query).rows
    facts = {(graph.nodes[s]["name"], k, graph.nodes[t]["name"]) for s, t, k in graph.edges(union, keys=True)}
    facts |= {(graph.nodes[s]["name"], k, graph.nodes[t]["name"]) for s, t, k in graph.in_edges(union, keys=True)}
    assert {tuple(str(v) for v in row[:3]) for row in rows} == facts
    assert browser.errors == []


def test_a_large_graph_is_laid_out_ahead_and_brings_in_the_rest_on_focus(browser, tmp_path):
    kinds = list(STYLE)
    tree = nx.random_labeled_tree(1500, seed=3)
    graph = nx.MultiDiGraph()
    for node in tree:
        graph.add_node(f"n:{node}", type=kinds[node % 5], name=f"节点{node}", aliases=[], mentions=1, articles=[])
    for a, b in tree.edges():
        graph.add_edge(f"n:{a}", f"n:{b}", key="partOf", predicate="partOf", inferred=True, evidence=[])
    page = tmp_path / "large.html"
    page.write_text(render_html(graph, shown=600), encoding="utf-8")
    load(browser, page)
    assert not browser.evaluate("network.physics.options.enabled")
    assert browser.evaluate("network.body.data.nodes.get().every((n) => typeof n.x === 'number')")
    assert "600 best-connected of 1,500" in browser.evaluate("document.getElementById('kg-note').textContent")
    shown = set(browser.evaluate(SHOWN))
    assert len(shown) == 600
    held = next(n for n in sorted(shown) if set(nx.all_neighbors(graph, n)) - shown)
    browser.evaluate(f"network.focus({json.dumps(held)}, {{scale: 1}}); true")
    browser.click(*point_of(browser, held))
    assert set(nx.all_neighbors(graph, held)) <= set(browser.evaluate(SHOWN))
    assert browser.errors == []


def test_markup_in_a_name_does_not_run(browser, tmp_path):
    graph = nx.MultiDiGraph()
    hostile = ('<img src=x onerror="document.body.dataset.pwned=1"></script>'
               '<script>document.body.dataset.pwned=2</script>')
    graph.add_node("union:x", type="UnionBody", name=hostile, aliases=[hostile], mentions=1, articles=["a"])
    graph.add_node("region:y", type="Region", name="某市", aliases=[], mentions=1, articles=["a"])
    graph.add_edge("union:x", "region:y", key="locatedIn", predicate="locatedIn", inferred=False,
                   evidence=[Evidence("a", hostile, 0, 1)])
    page = tmp_path / "hostile.html"
    page.write_text(render_html(graph, title=hostile, note=hostile), encoding="utf-8")
    load(browser, page)
    browser.click(*point_of(browser, "union:x"))
    browser.evaluate("document.getElementById('kg-search').focus()")
    browser.type_text("img")
    assert browser.evaluate("document.body.dataset.kgNodes") == "2"
    assert browser.evaluate("document.getElementById('kg-title').textContent") == hostile
    assert browser.evaluate("document.querySelector('#kg-panel h2').textContent") == hostile
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("document.body.dataset.pwned") is None
    for fragment in ("#node=__proto__", "#node=%E0%A4%A", "#node=constructor"):  # no node, no error
        browser.evaluate(f"location.hash = {json.dumps(fragment)}; true")
        assert browser.wait_for("document.querySelector('#kg-panel h2')?.textContent") == hostile
    assert browser.errors == []
