"""``vetkit bank answers``: every .ans rebuilt from the accepted solution vetkit.yaml names; ``bank check PROBLEM``."""

import json
import shutil

import pytest
from click.testing import CliRunner

from grader.coding import timelimit
from tests.grader.helpers import copy_problem
from vetkit.cli import cli

pytestmark = pytest.mark.docker


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(timelimit.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("VETKIT_CACHE_DIR", str(tmp_path / "cache"))


def run(*args):
    return CliRunner().invoke(cli, ["bank", *map(str, args)])


def test_answers_are_checked_then_rebuilt_from_the_named_solution(runner_image, tmp_path):
    path = copy_problem("twosum", tmp_path)
    (path / "data/secret/1.ans").write_text("0 2\n")  # wrong
    (path / "data/secret/2.ans").unlink()  # missing: a new input from the generator
    checked = run("answers", path, "--check")
    assert checked.exit_code == 1 and checked.output == "twosum: 2 differ, 1 unchanged\n", checked.output
    assert (path / "data/secret/1.ans").read_text() == "0 2\n" and not (path / "data/secret/2.ans").exists()
    rebuilt = run("answers", path, "--json")
    assert rebuilt.exit_code == 0, rebuilt.output
    assert json.loads(rebuilt.output) == [{"problem": "twosum", "solution": "submissions/accepted/solution.py",
                                           "changed": ["data/secret/1.ans", "data/secret/2.ans"],
                                           "unchanged": 1, "failures": []}]
    assert (path / "data/secret/1.ans").read_text() == "1 2\n" and (path / "data/secret/2.ans").read_text() == "0 1\n"
    assert run("answers", path, "--check").exit_code == 0


def test_a_problem_naming_no_solution_fails_with_a_sentence(runner_image, tmp_path):
    bank = tmp_path / "bank"
    path = copy_problem("twosum", bank / "coding")
    text = (path / "vetkit.yaml").read_text().replace("answers_from: submissions/accepted/solution.py\n", "")
    (path / "vetkit.yaml").write_text(text)
    result = run("answers", bank)
    assert result.exit_code == 1
    assert "vetkit.yaml names no answers_from; add 'answers_from: submissions/accepted/FILE'" in result.output


def test_bank_check_of_one_problem_folder(runner_image, tmp_path):
    path = copy_problem("twosum", tmp_path)
    result = run("check", path)
    assert result.exit_code == 0 and result.output.endswith("checked 1 coding item: 0 errors, 0 warnings\n"), \
        result.output
    shutil.move(path / "submissions/wrong_answer/first_two.py", path / "submissions/accepted/first_two.py")
    result = run("check", path)
    assert result.exit_code == 1 and "accepted/first_two.py: error: got WA" in result.output
