"""Grading rules: problemtools' default grader with every flag, on_reject, and the 2023-07 scoring rules.

The tests' verdicts are given (this is about aggregation); the same rules judge real runs in test_judge.py.
"""

import pytest

from grader.coding import grading
from grader.coding.grading import Outcome, default_grader
from grader.coding.kattis import load_problem
from grader.coding.results import JudgeVerdict as V, TestResult
from tests.grader.helpers import copy_problem

AC, WA, TLE, RTE, MLE, JE = (Outcome(V.AC, 1.0), Outcome(V.WA), Outcome(V.TLE), Outcome(V.RTE), Outcome(V.MLE),
                             Outcome(V.JE))


@pytest.mark.parametrize("outcomes, flags, expected", [
    ([], (), Outcome(V.AC, 0.0)),
    ([AC, AC], (), Outcome(V.AC, 2.0)),
    ([WA, TLE, AC], (), Outcome(V.TLE, 1.0)),  # worst_error: TLE before WA
    ([WA, RTE, MLE], ("worst_error",), Outcome(V.RTE, 0.0)),  # RTE before MLE before TLE
    ([WA, TLE], ("first_error",), Outcome(V.WA, 0.0)),
    ([WA, TLE], ("first_error", "worst_error"), Outcome(V.TLE, 0.0)),  # the last verdict mode wins
    ([WA, TLE], ("always_accept",), Outcome(V.AC, 0.0)),
    ([WA, AC], ("accept_if_any_accepted",), Outcome(V.AC, 1.0)),
    ([WA, TLE], ("accept_if_any_accepted",), Outcome(V.TLE, 0.0)),
    ([Outcome(V.AC, 3.0), Outcome(V.WA, 1.0)], ("avg",), Outcome(V.WA, 2.0)),
    ([Outcome(V.AC, 3.0), Outcome(V.AC, 5.0)], ("min",), Outcome(V.AC, 3.0)),
    ([Outcome(V.AC, 3.0), Outcome(V.AC, 5.0)], ("max",), Outcome(V.AC, 5.0)),
    ([Outcome(V.AC, 3.0), Outcome(V.AC, 5.0)], ("max", "sum"), Outcome(V.AC, 8.0)),
    ([WA, Outcome(V.AC, 50.0)], ("ignore_sample",), Outcome(V.AC, 50.0)),  # the sample's WA is ignored
    ([AC, WA, AC], ("ignore_sample",), Outcome(V.JE, 0.0)),  # more than two items: the grader fails
    ([AC, JE], ("always_accept",), Outcome(V.JE, 0.0)),  # a judge error below wins over every flag
    ([AC, AC], ("plurality_wins",), Outcome(V.AC, 2.0)),  # a custom grader's flag means nothing here
])
def test_default_grader(outcomes, flags, expected):
    assert default_grader(outcomes, flags) == expected


def grade(problem, verdicts, **kwargs):
    """Grade ``problem`` when each test gets the verdict named for it (default AC); returns the grade and runs."""
    ran = []

    def run_test(case):
        ran.append(case.name)
        return TestResult(case.name, case.group, verdicts.get(case.name, V.AC))
    return grading.grade(problem, run_test, scoring=problem.scoring, **kwargs), ran


def test_ioi_groups_with_min_and_continue(tmp_path):
    problem = load_problem(copy_problem("groups", tmp_path))
    assert problem.max_score == 100 and grading.rules_of(problem) == grading.LEGACY_RULES
    full, _ = grade(problem, {})
    assert (full.verdict, full.score) == (V.AC, 100)
    half, ran = grade(problem, {"secret/group1/1": V.WA, "sample/1": V.WA})
    assert (half.verdict, half.score) == (V.WA, 70)  # continue: the sample and group 1 do not stop group 2
    assert len(ran) == 5
    by_name = {g.name: g for g in half.groups}
    assert (by_name["secret/group1"].verdict, by_name["secret/group1"].earned) == (V.WA, 0)
    assert (by_name["secret/group2"].points, by_name["secret/group2"].earned, by_name["secret/group2"].passed) == (
        70, 70, 2)


def test_on_reject_break_stops_the_group_and_its_parent(tmp_path):
    path = copy_problem("groups", tmp_path)
    (path / "data/testdata.yaml").unlink()  # on_reject: break (the default), inherited by every group
    (path / "data/secret/testdata.yaml").write_text("range: 0 100\n")
    result, ran = grade(load_problem(path), {"secret/group1/1": V.TLE})
    assert ran == ["sample/1", "secret/group1/1"]  # group1 breaks; secret breaks after group1
    assert (result.verdict, result.score) == (V.TLE, 0)
    assert {g.name: g.verdict for g in result.groups}["secret/group2"] is None  # never reached


def test_a_partially_accepted_submission_is_accepted_with_accept_if_any_accepted(tmp_path):
    path = copy_problem("groups", tmp_path)
    (path / "data/secret/testdata.yaml").write_text("on_reject: continue\nrange: 0 100\n"
                                                    "grader_flags: first_error accept_if_any_accepted\n")
    result, _ = grade(load_problem(path), {"secret/group2/2": V.WA})
    assert (result.verdict, result.score, result.max_score) == (V.AC, 30, 100)


def test_ignore_sample_at_the_top(tmp_path):
    path = copy_problem("groups", tmp_path)
    (path / "data/testdata.yaml").write_text("on_reject: continue\ngrader_flags: ignore_sample\n")
    (path / "data/sample/testdata.yaml").write_text("grader_flags: sum\n")
    (path / "data/secret/testdata.yaml").write_text("on_reject: continue\ngrader_flags: sum\n")
    problem = load_problem(path)
    result, _ = grade(problem, {"sample/1": V.RTE})
    assert (result.verdict, result.score) == (V.AC, 100)  # the failed sample neither decides nor scores


def test_inherited_ignore_sample_is_warned_about(tmp_path):
    path = copy_problem("groups", tmp_path)
    (path / "data/testdata.yaml").write_text("grader_flags: ignore_sample\n")
    warnings = [w.message for w in load_problem(path).warnings]
    assert any("on_reject: break" in w for w in warnings)
    assert any("only the top level may use" in w for w in warnings)


def test_pass_fail_scores_one_for_ac(tmp_path):
    problem = load_problem(copy_problem("sum", tmp_path))
    result, ran = grade(problem, {"secret/02": V.WA})
    assert (result.verdict, result.score, result.max_score, ran[-1]) == (V.WA, 0.0, 1.0, "secret/02")
    assert grading.first_failure_decides(problem)


def write_2023(path, secret_yaml=None, groups=()):
    (path / "problem.yaml").write_text("problem_format_version: 2023-07-draft\ntype: scoring\n"
                                       "limits: {time_limit: 1}\n")
    for yaml_file in path.rglob("testdata.yaml"):
        yaml_file.unlink()
    if secret_yaml:
        (path / "data/secret/testdata.yaml").write_text(secret_yaml)
    for name, text in groups:
        (path / f"data/secret/{name}/testdata.yaml").write_text(text)
    return load_problem(path)


def test_2023_rules_share_the_secret_score_and_ignore_samples(tmp_path):
    path = copy_problem("groups", tmp_path)
    problem = write_2023(path)
    assert grading.rules_of(problem) == grading.RULES_2023 and problem.max_score == 100
    result, ran = grade(problem, {"sample/1": V.WA, "secret/group1/2": V.TLE})
    assert len(ran) == 5  # every test runs
    assert (result.verdict, result.score) == (V.WA, 50)  # first failure decides; group2 earns half of 100
    problem = write_2023(path, groups=[("group1", "scoring: {score: 30}\n")])
    result, _ = grade(problem, {"secret/group2/1": V.WA})
    assert (result.verdict, result.score, result.max_score) == (V.WA, 30, 100)  # group2: the other 70


def test_2023_sum_and_min_aggregations(tmp_path):
    path = copy_problem("groups", tmp_path)
    problem = write_2023(path, "scoring: {score: 40}\n", [("group1", "scoring: {aggregation: sum}\n"),
                                                         ("group2", "scoring: {aggregation: min, score: 10}\n")])
    result, _ = grade(problem, {"secret/group1/1": V.WA})
    # group1 gets 40 - 10 = 30, shared by its two tests (15 each); group2 min of 10 and 10
    assert (result.score, result.max_score) == (25, 40)
    assert {g.name: g.earned for g in result.groups}["secret/group1"] == 15


def test_score_key_shorthand_and_mixing_is_an_error(tmp_path):
    path = copy_problem("groups", tmp_path)
    problem = write_2023(path, groups=[("group1", "score: 30\n"), ("group2", "score: 70\n")])
    assert [g.settings.score for g in problem.groups[2:]] == [30, 70]
    (path / "data/secret/testdata.yaml").write_text("on_reject: continue\n")
    with pytest.raises(Exception, match="mixes 2023-07 scoring keys with the legacy grading keys"):
        load_problem(path)
