"""The HTML page in a real browser (headless Chromium) with the network blocked."""
import os
import shutil
import subprocess

import networkx as nx
import pytest

from kg.render import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI") != "true", reason="chromium is not installed (CI installs it)"
)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--virtual-time-budget=20000",
    "--enable-logging=stderr", "--v=0",
]


def open_page(html_path, tmp_path, *extra):
    assert CHROMIUM, "chromium must be installed in CI"
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, html_path.as_uri()],
                            capture_output=True, text=True, timeout=120)
    return result.stdout, result.stderr


def test_page_loads_offline_with_every_node_and_no_errors(corpus_graph, tmp_path):
    graph, _ = corpus_graph
    page = tmp_path / "graph.html"
    page.write_text(render_html(graph, title="corpus"), encoding="utf-8")
    dom, log = open_page(page, tmp_path, "--dump-dom")
    assert f'data-kg-nodes="{graph.number_of_nodes()}"' in dom
    assert "Uncaught" not in log and "ERR_NAME_NOT_RESOLVED" not in log and "ERR_PROXY" not in log
    shot = tmp_path / "graph.png"
    open_page(page, tmp_path, "--window-size=1400,900", f"--screenshot={shot}")
    assert shot.stat().st_size > 20_000


def test_markup_in_a_name_does_not_run(tmp_path):
    graph = nx.MultiDiGraph()
    hostile = '<img src=x onerror="document.body.dataset.pwned=1"></script><script>document.body.dataset.pwned=2</script>'
    graph.add_node("union:x", type="UnionBody", name=hostile, aliases=[hostile], mentions=1, articles=["a"])
    graph.add_node("region:y", type="Region", name="某市", aliases=[], mentions=1, articles=["a"])
    graph.add_edge("union:x", "region:y", key="locatedIn", predicate="locatedIn", inferred=False, evidence=[])
    page = tmp_path / "hostile.html"
    page.write_text(render_html(graph, title=hostile), encoding="utf-8")
    dom, _ = open_page(page, tmp_path, "--dump-dom")
    assert 'data-kg-nodes="2"' in dom
    assert "pwned" not in dom.split("<script", 1)[0]  # nothing set on <body>
    assert 'data-pwned' not in dom
