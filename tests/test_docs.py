"""The README documents every command and every canned query; the pattern catalogue names
tests and rules that exist."""
import re
from pathlib import Path

from kg.cli import main
from kg.query import canned_queries

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    for name in main.commands:
        assert f"kg {name}" in README, name


def test_every_canned_query_is_in_the_readme():
    for name in canned_queries():
        assert f"`{name}`" in README, name


def test_readme_opens_with_the_two_commands():
    blocks = README.split("```")
    assert "kg build" in blocks[1]
    assert "pytest" in blocks[3]


def test_every_test_and_rule_the_pattern_catalogue_names_exists():
    root = Path(__file__).resolve().parent.parent
    catalogue = (root / "docs" / "patterns.md").read_text(encoding="utf-8")
    tests = "".join(path.read_text(encoding="utf-8") for path in (root / "tests").rglob("test_*.py"))
    code = "".join(path.read_text(encoding="utf-8") for path in (root / "kg" / "components").glob("*.py"))
    for name in set(re.findall(r"`(test_\w+)`", catalogue)):
        assert f"def {name}(" in tests, name
    for rule in set(re.findall(r"`((?:unions|programs|regions|organizations|people|relations)\.\w+)`", catalogue)):
        component, pattern = rule.split(".")
        assert f'"{rule}"' in code or (component == "regions" and pattern in ("village", "township", "zone")), rule
