"""`kg extract` loads only what extraction needs: no RDF library, SHACL validator or database driver."""
from __future__ import annotations

import subprocess
import sys

from kg.corpus import bundled_corpus

_PROBE = """
import sys
from kg.cli import main
main(["extract", "-q", sys.argv[1], "-o", sys.argv[2]], standalone_mode=False)
print(" ".join(sorted(name for name in sys.modules if name.split(".")[0] in {heavy})))
"""
HEAVY = {"rdflib", "pyshacl", "neo4j", "ladybug", "pyvis", "networkx", "jieba", "distributed"}


def test_extract_imports_no_graph_library(tmp_path):
    out = tmp_path / "out.jsonl"
    probe = _PROBE.format(heavy=sorted(HEAVY))
    done = subprocess.run([sys.executable, "-c", probe, str(bundled_corpus()[0]), str(out)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
    assert out.read_text(encoding="utf-8").count("\n") == 1
