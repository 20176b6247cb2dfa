"""``vetkit assessment`` (draw, list, check, coverage) and the ``blueprints`` key of ``vetkit bank stats --json``."""

import json

from click.testing import CliRunner

import assessments
from vetkit.cli import cli
from vetkit.cli_assessment import EXIT_BLUEPRINT_ERRORS, EXIT_FAILURE

from .helpers import BAD_BLUEPRINTS, synthetic_pool


def run(*args):
    return CliRunner().invoke(cli, [*map(str, args)])


def test_draw_json_is_the_rebuilt_form(synthetic_bank):
    result = run("assessment", "draw", "vetting-new-grad-ml-engineer", "--seed", 17, "--json")
    assert result.exit_code == 0, result.output
    expected = assessments.rebuild_form("vetting-new-grad-ml-engineer", 17, pool=synthetic_pool())
    assert json.loads(result.output) == expected.to_json()
    again = run("assessment", "draw", "vetting-new-grad-ml-engineer", "--seed", 17, "--json")
    assert again.output == result.output


def test_draw_prints_sections_and_items(synthetic_bank):
    result = run("assessment", "draw", "mock-coding", "--seed", 3)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("mock-coding (seed 3, pool ")
    assert lines[1] == "coding: Coding round (coding, 60 min; 1 easy, 1 medium)"
    assert len(lines) == 4 and all(line.startswith("  coding-algorithms.") for line in lines[2:])


def test_draw_an_unknown_blueprint_exits_2():
    result = run("assessment", "draw", "no-such-blueprint", "--seed", 1)
    assert result.exit_code == EXIT_FAILURE
    assert "there is no blueprint 'no-such-blueprint'; known blueprints: mock-coding" in result.output


def test_draw_from_a_pool_that_cannot_satisfy_exits_2(synthetic_bank, monkeypatch):
    from question_bank import stats as stats_module
    monkeypatch.setitem(stats_module.STATS_SOURCES, "coding", lambda root: [])
    result = run("assessment", "draw", "mock-coding", "--seed", 1)
    assert result.exit_code == EXIT_FAILURE
    assert ("blueprint 'mock-coding' section 'coding' cannot be drawn from this pool: it needs 1 easy item(s) and "
            "the pool has 0 it may draw (kind coding)") in result.output


def test_draw_needs_a_seed():
    result = run("assessment", "draw", "mock-coding", "--seed", -1)
    assert result.exit_code == 2 and "--seed" in result.output


def test_list_shows_every_blueprint():
    result = run("assessment", "list", "--json")
    assert result.exit_code == 0
    assert [b["id"] for b in json.loads(result.output)] == [b.id for b in assessments.load_blueprints()]
    human = run("assessment", "list").output
    assert "vetting-intern-ml-engineer: ML engineer intern assessment (vetting, intern ml-engineer;" in human


def test_check_exits_1_on_errors():
    assert run("assessment", "check").exit_code == 0
    result = run("assessment", "check", BAD_BLUEPRINTS)
    assert result.exit_code == EXIT_BLUEPRINT_ERRORS
    assert "many-problems.yaml:5: error: blueprint: 'level' is 'senior'" in result.output


def test_coverage_writes_the_table(synthetic_bank, tmp_path):
    result = run("assessment", "coverage", "--output", tmp_path / "coverage.md")
    assert result.exit_code == 0, result.output
    assert "## Blueprints" in (tmp_path / "coverage.md").read_text(encoding="utf-8")


def test_bank_stats_json_has_the_blueprints(synthetic_bank):
    result = run("bank", "stats", "--json")
    assert result.exit_code == 0, result.output
    blueprints = json.loads(result.output)["blueprints"]
    assert set(blueprints) == {b.id for b in assessments.load_blueprints()}
    section = blueprints["mock-full-loop"]["sections"]["ml-fundamentals"]
    assert section["satisfiable"] and section["eligible"] > section["count"]
