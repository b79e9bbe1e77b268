"""The Dask engine: a LocalCluster of two workers on loopback builds what a local build does."""
from __future__ import annotations

from click.testing import CliRunner

from kg.build import OUTPUT_FILES
from kg.cli import main
from kg.corpus import bundled_corpus


def test_a_dask_build_equals_a_local_build(tmp_path):
    pages = [str(page) for page in bundled_corpus()[:3]]
    for engine in ("local", "dask"):
        result = CliRunner().invoke(main, ["build", "-q", *pages, "-o", str(tmp_path / engine), "--engine", engine,
                                           "--workers", "2"])
        assert result.exit_code == 0, result.output
    for name in OUTPUT_FILES:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_a_scheduler_needs_the_dask_engine():
    result = CliRunner().invoke(main, ["build", "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 1 and "--engine dask" in result.output
