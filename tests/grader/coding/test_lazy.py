"""Lazy judging of pass-fail problems: stop at the first failing test, list the rest as not run.

The verdict and score are those of a full run; the bank check shows it for every reference submission of
the bank (grader.coding.check), and these tests show it on small packages.
"""

import pytest

from grader.coding import grading
from grader.coding.judge import is_lazy, judge, judge_problem, lazy_outcome
from grader.coding.kattis import load_problem
from grader.coding.results import JudgeResult, JudgeVerdict as V, TestResult
from tests.grader.helpers import copy_problem

WRONG_ON_02 = b"a, b = map(int, input().split())\nprint(a + b + (a == 2000000000))\n"


def make_2023(path, kind="pass-fail"):
    (path / "problem.yaml").write_text(f"problem_format_version: 2023-07-draft\ntype: {kind}\n"
                                       "limits: {time_limit: 1, memory: 64}\n")
    for yaml_file in path.rglob("testdata.yaml"):
        yaml_file.unlink()
    return path


def test_which_problems_are_judged_lazily(tmp_path):
    sum_2023 = load_problem(make_2023(copy_problem("sum", tmp_path / "a")))
    assert is_lazy(sum_2023) and not is_lazy(sum_2023, all_tests=True)
    scoring = load_problem(make_2023(copy_problem("groups", tmp_path / "b"), kind="scoring"))
    assert not is_lazy(scoring)
    legacy = copy_problem("sum", tmp_path / "c")
    (legacy / "data/testdata.yaml").write_text("on_reject: continue\n")
    assert not is_lazy(load_problem(legacy))  # a later RTE could still beat an earlier WA


def result_of(problem, verdicts):
    tests = tuple(TestResult(case.name, case.group, verdicts.get(case.name, V.AC)) for case in problem.tests)
    by_name = {t.name: t for t in tests}
    graded = grading.grade(problem, lambda case: by_name[case.name], scoring=False)
    return JudgeResult(graded.verdict, graded.score, graded.max_score, tests=tests)


@pytest.mark.parametrize("verdicts", [{}, {"sample/1": V.WA}, {"secret/02": V.TLE, "secret/03": V.RTE},
                                      {"secret/01": V.WA, "secret/03": V.JE}])
def test_the_replay_of_lazy_judging(tmp_path, verdicts):
    problem = load_problem(make_2023(copy_problem("sum", tmp_path)))
    full = result_of(problem, verdicts)
    verdict, score = lazy_outcome(problem, full)
    if V.JE in verdicts.values():  # a judge error after the first failure is the one thing lazy judging misses
        assert (verdict, full.verdict) == (V.WA, V.JE)
    else:
        assert (verdict, score) == (full.verdict, full.score)


@pytest.mark.docker
def test_a_2023_pass_fail_problem_stops_at_the_first_failure(runner_image, tmp_path):
    path = make_2023(copy_problem("sum", tmp_path))
    problem = load_problem(path)
    lazy = judge_problem(problem, {"a.py": WRONG_ON_02}, language="python")
    full = judge_problem(problem, {"a.py": WRONG_ON_02}, language="python", all_tests=True)
    assert [t.name for t in lazy.tests] == ["sample/1", "secret/01", "secret/02"]
    assert lazy.not_run == ("secret/03",) and lazy.to_json()["not_run"] == ["secret/03"]
    assert [t.name for t in full.tests] == ["sample/1", "secret/01", "secret/02", "secret/03"]
    assert full.not_run == () and (lazy.verdict, lazy.score) == (full.verdict, full.score) == (V.WA, 0.0)
    accepted = judge(path, {"a.py": b"a, b = map(int, input().split())\nprint(a + b)\n"}, language="python")
    assert accepted.verdict == V.AC and accepted.not_run == () and accepted.passed == 4
    samples = judge(path, {"a.py": b"print(0)\n"}, language="python", samples_only=True)
    assert samples.verdict == V.WA and samples.not_run == ()


@pytest.mark.docker
def test_a_scoring_problem_runs_every_group(runner_image, tmp_path):
    problem = load_problem(make_2023(copy_problem("groups", tmp_path), kind="scoring"))
    program = next(p for p in problem.submissions if p.expected != V.AC and p.expected != V.CE)
    result = judge_problem(problem, program.files, language=program.language)
    assert result.not_run == () and len(result.tests) == len(problem.tests)
