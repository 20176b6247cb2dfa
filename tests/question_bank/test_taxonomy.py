"""The shipped skill taxonomy matches docs/formats-quiz.md exactly; the loader reports taxonomy errors."""

import re
from pathlib import Path

import pytest

import question_bank
from question_bank import BankError, load_taxonomy

DOC = Path(__file__).resolve().parents[2] / "docs" / "formats-quiz.md"
ROW = re.compile(r"^\| ([a-z-]+) \| ([a-z, -]+) \|$")


def documented_taxonomy():
    """area -> list of skill slugs, from the table of docs/formats-quiz.md."""
    rows = [ROW.match(line) for line in DOC.read_text(encoding="utf-8").splitlines()]
    return {m.group(1): [s.strip() for s in m.group(2).split(",")] for m in rows if m and m.group(1) not in ("area", "key")}


def test_shipped_taxonomy_is_exactly_the_documented_one():
    taxonomy = load_taxonomy()
    documented = documented_taxonomy()
    assert len(documented) == 12
    assert [area.id for area in taxonomy.areas] == list(documented)
    for area in taxonomy.areas:
        assert [skill.id for skill in area.skills] == [f"{area.id}.{slug}" for slug in documented[area.id]]


def test_every_skill_has_a_title_and_a_one_line_description():
    for skill in load_taxonomy().skills:
        assert skill.title.strip() and skill.description.strip()
        assert "\n" not in skill.description


def test_lookups():
    taxonomy = load_taxonomy()
    assert "ml-theory.bias-variance" in taxonomy
    assert "bias-variance" not in taxonomy
    skill = taxonomy.get("maths.probability")
    assert (skill.area, skill.title) == ("maths", "Probability")
    assert taxonomy.get("maths.nothing") is None


def test_taxonomy_is_frozen():
    skill = load_taxonomy().skills[0]
    with pytest.raises(AttributeError):
        skill.title = "changed"


def test_a_broken_taxonomy_raises_one_error_listing_every_problem(tmp_path):
    bad = Path(__file__).resolve().parents[1] / "files" / "quiz" / "bank_bad"
    with pytest.raises(BankError) as caught:
        load_taxonomy(bad)
    assert len(caught.value.findings) == 4
    assert "skills.yaml:8" in str(caught.value)


def test_a_missing_taxonomy_is_a_bank_error(tmp_path):
    with pytest.raises(BankError, match="cannot be read"):
        load_taxonomy(tmp_path / "skills.yaml")


def test_public_api_is_exported():
    for name in ("load_taxonomy", "load_quiz", "check_bank", "bank_stats", "Report", "BankError",
                 "register_checker", "register_stats_source", "safe_eval"):
        assert hasattr(question_bank, name)
