"""Input validators: every test input is checked by the package's own validators, with their group's flags."""

import shutil

import pytest

from grader.coding import timelimit
from grader.coding.check import check_coding, check_problem
from grader.coding.input_validators import input_flags
from question_bank.report import Report
from tests.grader.helpers import PROBLEMS, copy_problem


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(timelimit.CACHE_ENV, str(tmp_path / "cache"))


def check(path, **kwargs):
    report = Report()
    check_problem(path, report, **kwargs)
    return report, "\n".join(report.lines())


def test_flags_come_from_the_nearest_testdata_yaml():
    assert input_flags(PROBLEMS / "groups", PROBLEMS / "groups/data/secret/group1/1.in") == ("positive",)
    assert input_flags(PROBLEMS / "groups", PROBLEMS / "groups/data/secret/group2/1.in") == ()
    assert input_flags(PROBLEMS / "groups", PROBLEMS / "groups/data/sample/1.in") == ()


@pytest.mark.docker
def test_an_input_breaking_its_groups_promise_is_an_error_naming_the_file(runner_image, tmp_path):
    path = copy_problem("groups", tmp_path)
    (path / "data/secret/group1/2.in").write_text("2\n7 -1\n")
    (path / "data/secret/group1/2.ans").write_text("7\n")
    (path / "data/sample/1.in").write_text("3\n1 5\n")
    report, text = check(path, run_submissions=True)
    assert ("group1/2.in: error: is rejected by the input validator validate.py: this group promises positive "
            "numbers only; fix the generator or the validator") in text, text
    assert "sample/1.in: error: is rejected by the input validator validate.py: expected n, then a line" in text
    assert len([e for e in report.errors if "input validator" in e.message]) == 2, text


@pytest.mark.docker
def test_a_validator_that_crashes_or_does_not_compile_is_reported(runner_image, tmp_path):
    path = copy_problem("anypair", tmp_path)
    (path / "input_validators/validate.c").write_text("int main(void) { return 1; }\n")
    report, text = check(path)
    assert "input_validators/validate.c: error: failed on sample/1 (RTE, exit code 1)" in text, text
    (path / "input_validators/validate.c").write_text("int main(void) { nope }\n")
    report, text = check(path)
    assert "input_validators/validate.c: error: the input validator does not compile" in text, text


@pytest.mark.docker
def test_a_missing_validator_is_a_warning_and_an_error_in_the_bank(runner_image, tmp_path):
    path = copy_problem("twosum", tmp_path)
    shutil.rmtree(path / "input_validators")
    report, text = check(path)
    assert "twosum/input_validators: warning: has no input validator" in text and report.ok, text
    bank = tmp_path / "bank"
    (bank / "coding").mkdir(parents=True)
    shutil.move(path, bank / "coding/twosum")
    report = Report()
    check_coding(bank, report)
    assert any("has no input validator" in e.message for e in report.errors), report.lines()
