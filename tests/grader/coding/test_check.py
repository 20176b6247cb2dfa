"""The coding-problem checker: every reference submission gets its folder's verdict, and bad packages are reported."""

import shutil

import pytest

from grader.coding import timelimit
from grader.coding.check import check_coding, check_problem, coding_summaries
from grader.coding.kattis import inspect_problem
from question_bank.report import Report
from tests.grader.helpers import PROBLEMS, copy_problem

SKILLS = frozenset({"algorithms.hash-maps", "algorithms.arrays-two-pointers"})


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(timelimit.CACHE_ENV, str(tmp_path / "cache"))


def check(path, **kwargs):
    report = Report()
    check_problem(path, report, **kwargs)
    return report, "\n".join(report.lines())


@pytest.mark.docker
@pytest.mark.parametrize("name", ["groups", "twosum", "anypair", "floats", "guess"])
def test_good_problems_pass(runner_image, name):
    report, text = check(PROBLEMS / name, skill_ids=SKILLS)
    assert report.ok and not report.warnings, text


@pytest.mark.docker
def test_misfiled_submissions_and_unknown_skills_are_errors(runner_image, tmp_path):
    path = copy_problem("twosum", tmp_path)
    shutil.move(path / "submissions/wrong_answer/first_two.py", path / "submissions/accepted/first_two.py")
    shutil.move(path / "submissions/run_time_error/starter.py", path / "submissions/wrong_answer/starter.py")
    report, text = check(path, skill_ids=frozenset({"algorithms.graphs"}))
    assert "accepted/first_two.py: error: got WA, but submissions/accepted/ expects AC on secret/1" in text
    assert "wrong_answer/starter.py: error: got RTE, but submissions/wrong_answer/ expects WA" in text
    assert "vetkit.yaml: error: skill 'algorithms.hash-maps' is not in the taxonomy" in text
    assert len(report.errors) == 4, text


@pytest.mark.docker
def test_mle_counts_as_a_run_time_error_and_tags_are_honoured(runner_image, tmp_path):
    path = copy_problem("sum", tmp_path)
    shutil.rmtree(path / "submissions/compile_error")
    shutil.move(path / "submissions/memory_limit_exceeded/hog.py", path / "submissions/run_time_error/hog.py")
    (path / "submissions/mixed").mkdir()
    (path / "submissions/mixed/either.c").write_text("// @EXPECTED_RESULTS@: TIMELIMIT, WRONG-ANSWER\n"
                                                    "int main(void) { for (;;); }\n")
    (path / "submissions/mixed/untagged.py").write_text("print(0)\n")
    (path / "submissions/accepted/tagged.py").write_text("# @expected_results@: correct,run-error\n"
                                                        "print(sum(map(int, input().split())))\n")
    report, text = check(path)
    assert "untagged.py: warning: is skipped: submissions/mixed/ names no verdict" in text
    assert report.ok, text  # hog.py (MLE) in run_time_error/ and the tagged programs pass
    (path / "submissions/mixed/either.c").write_text("// @EXPECTED_RESULTS@: RUN-ERROR\nint main(void) { for (;;); }\n")
    report, text = check(path)
    assert "either.c: error: got TLE, but its @EXPECTED_RESULTS@ tag expects RTE" in text
    assert len(report.errors) == 1, text
    (path / "submissions/wrong_answer/liar.py").write_text("# @EXPECTED_RESULTS@: CORRECT\nprint(0)\n")
    (path / "submissions/accepted/odd.py").write_text("# @EXPECTED_RESULTS@: NONE-SUBMIT-FAILS\nprint(0)\n")
    problem, findings = inspect_problem(path)
    text = "\n".join(f.format() for f in findings)
    assert "liar.py: warning: is skipped: its @EXPECTED_RESULTS@ (AC) does not include WA" in text
    assert "odd.py: warning: is skipped: odd.py: @EXPECTED_RESULTS@ names NONE-SUBMIT-FAILS" in text
    assert not [f for f in findings if f.is_error]  # the package stays usable


@pytest.mark.docker
def test_a_validator_that_does_not_compile_is_reported(runner_image, tmp_path):
    path = copy_problem("anypair", tmp_path)
    (path / "output_validators/pair_checker/validate.py").write_text("def nope(:\n")
    report, text = check(path)
    assert "pair_checker: error: " in text and "does not compile" in text


def test_static_problems_are_all_reported_without_running_anything(tmp_path):
    path = copy_problem("sum", tmp_path)
    shutil.rmtree(path / "problem_statement")
    (path / "data/secret/01.ans").unlink()
    (path / "data/testdata.yaml").write_text("output_validator_flags: float_tolerance\n")
    report, text = check(path)
    assert "problem_statement: error: has no problem.en.md" in text
    assert "secret/01.in: error: has no answer file 01.ans" in text
    assert len(report.errors) == 2, text  # the bad flag is found once the data is complete
    (path / "data/secret/01.ans").write_text("0\n")
    report, text = check(path, run_submissions=False)
    assert "data/testdata.yaml: error: " in text and "validator flag float_tolerance needs a number" in text


def test_bank_checker_and_stats_find_problems_under_coding(tmp_path):
    (tmp_path / "coding").mkdir()
    shutil.copytree(PROBLEMS / "twosum", tmp_path / "coding/twosum")
    (tmp_path / "coding/twosum/submissions").rename(tmp_path / "coding/twosum/.nosubmissions")
    report = Report()
    check_coding(tmp_path, report)
    assert report.checked["coding"] == 1
    assert [f.message for f in report.errors] == ["'answers_from' names 'submissions/accepted/solution.py', which "
                                                  "is not a file inside the package"]
    summary, = coding_summaries(tmp_path)
    assert (summary.kind, summary.id, summary.difficulty) == ("coding", "twosum", "easy")


BURN_THEN_ANSWER = """import sys, time
a, b = map(int, sys.stdin.read().split())
if a == 2000000000:  # only secret/02: burn {seconds} s of CPU, then answer
    end = time.process_time() + {seconds}
    while time.process_time() < end:
        pass
print(a + b)
"""


@pytest.mark.docker
def test_a_time_limit_exceeded_submission_must_be_robustly_slow(runner_image, tmp_path):
    path = copy_problem("sum", tmp_path)
    tle = path / "submissions/time_limit_exceeded"
    for old in tle.iterdir():
        old.unlink()
    # limit 1 s, legacy margin 2: TLE at 2 s, but AC at twice that (4 s): not robust
    (tle / "barely.py").write_text(BURN_THEN_ANSWER.format(seconds=2.3))
    report, text = check(path)
    assert "time_limit_exceeded/barely.py: error: is not robustly slow: judged with 2 x the limit with the " \
           "safety margin (4 s) it got AC, and its slowest test, secret/02, took 2." in text, text
    assert len(report.errors) == 1, text
    (tle / "barely.py").write_text(BURN_THEN_ANSWER.format(seconds=30))
    report, text = check(path)
    assert report.ok, text
