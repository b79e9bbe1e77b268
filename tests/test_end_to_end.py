"""The bundled corpus, extracted end to end, checked against rules any page must satisfy."""
import json

from click.testing import CliRunner

from kg.cli import main
from kg.corpus import bundled_corpus


def test_bundled_corpus_extracts_core_types_with_consistent_relations():
    result = CliRunner().invoke(main, ["extract", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["doc"] for r in records] == [p.name for p in bundled_corpus()]
    for record in records:
        types = {e["type"] for e in record["entities"]}
        assert {"UnionBody", "Program", "Region"} <= types
        names = {e["name"] for e in record["entities"]}
        for relation in record["relations"]:
            assert relation["subject"] in names and relation["object"] in names
        for entity in record["entities"]:
            if entity["type"] == "Region" and "code" in entity:
                assert len(entity["code"]) == 12 and entity["province"]
            if entity["type"] == "UnionBody" and entity["name"].endswith("总工会") and entity["name"] != "中华全国总工会":
                located = [r for r in record["relations"] if r["subject"] == entity["name"] and r["predicate"] == "locatedIn"]
                assert located, entity["name"]
