"""Every fact names the rule that made it: in the records, and in `kg extract --explain`."""
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.explain import explanation_rows
from kg.model import Article, Entity, Extraction, Relation

TEXT = "本报讯 近日，湖南省株洲市总工会在株洲市荷塘区举办“匠心杯”职工技能大赛。市总工会主席李明出席。\n"
COMPONENTS = ("regions.", "unions.", "programs.", "organizations.", "people.", "relations.")


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_records_carry_the_rule_and_offsets_of_every_mention_and_relation(source):
    result = CliRunner().invoke(main, ["extract", "-q", str(source)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    mentions = [m for entity in record["entities"] for m in entity["mentions"]]
    assert mentions and record["relations"]
    for mention in mentions:
        assert TEXT[mention["start"]: mention["end"]] == mention["text"]
        assert mention["rule"].startswith(COMPONENTS)
    assert all(relation["rule"].startswith("relations.") for relation in record["relations"])
    union = next(e for e in record["entities"] if e["name"] == "株洲市总工会")
    assert {m["rule"] for m in union["mentions"]} == {"unions.federation", "unions.bare_level"}


def test_explain_prints_a_row_per_fact_with_rule_offsets_and_sentence(source):
    result = CliRunner().invoke(main, ["extract", "-q", "--explain", str(source)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "# page.txt"
    header = next(line for line in lines if line.startswith("kind"))
    assert header.split() == ["kind", "type", "name", "written", "offsets", "rule", "sentence"]
    organizes = next(line for line in lines if line.startswith("relation") and "organizes" in line)
    assert "株洲市总工会 → 匠心杯" in organizes and "relations." in organizes and "举办“匠心杯”" in organizes
    bare = next(line for line in lines if "unions.bare_level" in line)
    assert "市总工会" in bare and "主席李明" in bare


def test_explain_says_so_when_an_article_has_nothing(tmp_path):
    (tmp_path / "plain.txt").write_text("今天天气很好，大家都出去散步了。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "-q", "--explain", str(tmp_path / "plain.txt")])
    assert result.exit_code == 0, result.output
    assert "(nothing found)" in result.output


def test_explain_names_a_region_or_federation_a_relation_infers_though_the_article_does_not():
    city = Entity(id="region:450600000000", type="Region", name="防城港市")
    article = Article(id="page.txt#2", doc="page.txt", text="防城港市渔港码头。")
    inferred = Relation(city.id, "partOf", "region:450000000000", inferred=True, rule="relations.nearest_region_above")
    (row,) = [row for row in explanation_rows(Extraction(article, {city.id: city}, [inferred])) if row[0] == "relation"]
    assert row[2] == "防城港市 → 广西壮族自治区"
    union = Entity(id="union:150600000000", type="UnionBody", name="鄂尔多斯市总工会")
    above = Relation(union.id, "subOrganizationOf", "union:150000000000", inferred=True, rule="relations.next_higher_federation")
    (row,) = [row for row in explanation_rows(Extraction(article, {union.id: union}, [above])) if row[0] == "relation"]
    assert row[2] == "鄂尔多斯市总工会 → 内蒙古自治区总工会"
