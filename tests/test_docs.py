"""The README documents every command and every canned query."""
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
