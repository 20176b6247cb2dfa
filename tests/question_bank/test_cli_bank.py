"""``vetkit bank check`` and ``vetkit bank stats``: output, JSON and exit codes."""

import json
import subprocess
import sys

from click.testing import CliRunner

from question_bank import register_stats_source
from question_bank import stats as stats_module
from question_bank.stats import ItemSummary
from vetkit.cli import cli

from .helpers import BAD_BANK, GOOD_BANK, expectations

#: The bad fixture bank's marked errors and warnings.
ERRORS = sum(1 for *_, severity, _ in expectations(BAD_BANK) if severity == "error")
WARNINGS = sum(1 for *_, severity, _ in expectations(BAD_BANK) if severity == "warning") + 1  # + old-name.yml


def run(*args):
    return CliRunner().invoke(cli, ["bank", *map(str, args)])


def test_check_a_good_bank_exits_0():
    result = run("check", GOOD_BANK)
    assert result.exit_code == 0, result.output
    assert "11 quiz items" in result.output  # other kinds' checkers may be registered too
    assert result.output.endswith(": 0 errors, 0 warnings\n") and len(result.output.splitlines()) == 1


def test_check_a_bad_bank_prints_every_finding_and_exits_1():
    result = run("check", BAD_BANK)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"{BAD_BANK}/quiz/errors.yaml:18: error: item 'unknown-key': unknown key 'hint'; allowed keys are " \
           "answer, difficulty, estimated_minutes, explanation, group, id, options, points, prompt, skills, type" in lines
    assert f"{BAD_BANK}/quiz/old-name.yml: warning: is ignored: quiz files end in .yaml; rename it" in lines
    assert "11 quiz items" in lines[-1] and lines[-1].endswith(f": {ERRORS} errors, {WARNINGS} warnings")
    assert len(lines) == ERRORS + WARNINGS + 1


def test_check_json():
    result = run("check", BAD_BANK, "--json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["ok"] is False and len(data["errors"]) == ERRORS and len(data["warnings"]) == WARNINGS
    assert set(data["errors"][0]) == {"file", "line", "message"}
    good = json.loads(run("check", GOOD_BANK, "--json").output)
    assert (good["errors"], good["warnings"], good["ok"], good["checked"]["quiz"]) == ([], [], True, 11)


def test_check_a_missing_path_is_a_usage_error():
    assert run("check", "/nonexistent/bank").exit_code == 2


def test_check_one_file():
    assert run("check", GOOD_BANK / "quiz" / "basics.yaml").exit_code == 0


def test_stats_json_keys_and_counts():
    result = run("stats", GOOD_BANK, "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {"coding", "quiz", "takehome", "by_skill", "by_difficulty", "by_type", "blueprints"} <= set(data)
    assert (data["coding"], data["quiz"], data["takehome"], data["total"]) == (0, 11, 0, 11)
    assert data["by_difficulty"] == {"easy": 4, "medium": 4, "hard": 3}
    assert data["by_type"] == {"free_text": 1, "multiple_choice": 2, "numeric": 4, "short_answer": 3,
                               "single_choice": 1}
    assert data["by_skill"] == {"maths.probability": 4, "ml-theory.overfitting": 4, "ml-theory.regularisation": 4}
    assert data["blueprints"]["mock-coding"]["satisfiable"] is False  # from assessments.stats: no coding here


def test_stats_of_a_bank_without_quiz_files_counts_zero(tmp_path):
    (tmp_path / "skills.yaml").write_text((GOOD_BANK / "skills.yaml").read_text())
    data = json.loads(run("stats", tmp_path, "--json").output)
    assert (data["quiz"], data["total"]) == (0, 0)
    assert set(data["by_skill"].values()) == {0}
    assert data["by_difficulty"] == {"easy": 0, "medium": 0, "hard": 0}


def test_stats_human_summary():
    result = run("stats", GOOD_BANK)
    assert result.exit_code == 0 and result.output.startswith("items: 11 (coding 0, quiz 11, takehome 0)")


def test_other_kinds_plug_in_their_counts(monkeypatch):
    monkeypatch.setattr(stats_module, "STATS_SOURCES", dict(stats_module.STATS_SOURCES))
    register_stats_source("coding", lambda root: [ItemSummary("coding", "two-sum", "pass-fail",
                                                              ("algorithms.hash-maps",), "easy")])
    data = json.loads(run("stats", GOOD_BANK, "--json").output)
    assert (data["coding"], data["quiz"], data["total"]) == (1, 11, 12)
    assert data["by_type"]["pass-fail"] == 1 and data["by_skill"]["algorithms.hash-maps"] == 1


def test_the_console_script_exit_status():
    command = [sys.executable, "-m", "vetkit", "bank", "check", "--json"]
    bad = subprocess.run([*command, str(BAD_BANK)], capture_output=True, text=True, check=False)
    assert bad.returncode == 1 and json.loads(bad.stdout)["ok"] is False
    good = subprocess.run([*command, str(GOOD_BANK)], capture_output=True, text=True, check=False)
    assert good.returncode == 0 and json.loads(good.stdout)["ok"] is True
