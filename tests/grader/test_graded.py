"""Coding and take-home results become signal inputs: one pipeline from any kind of work to signals."""

from types import SimpleNamespace

import pytest

from grader import JudgeResult, JudgeVerdict, compute_signals, load_problem, load_task
from grader.graded import coding_graded, takehome_graded
from tests.conftest import FILES


def test_a_judged_problem_and_a_take_home_feed_the_same_signals():
    problem = load_problem(FILES / "problems" / "twosum")
    task = load_task(FILES / "takehomes" / "tiny-classifier")
    coding = coding_graded("sub-1", problem, JudgeResult(JudgeVerdict.AC, score=1, max_score=1))
    notebook = takehome_graded("th-1", task, SimpleNamespace(score=40, auto_max_score=80))
    assert (coding.score, coding.status, coding.difficulty) == (1.0, "graded", "easy")
    assert notebook.score == 0.5
    signals = {s.skill: s for s in compute_signals([coding, notebook])}
    assert signals["algorithms.hash-maps"].score == 100
    assert signals["evaluation.classification-metrics"].score == 50
    assert [e.result_id for e in signals["algorithms.hash-maps"].evidence] == ["sub-1"]


def test_partial_scores_and_our_failures():
    problem = load_problem(FILES / "problems" / "twosum")
    partial = coding_graded("s", problem, JudgeResult(JudgeVerdict.WA, score=30, max_score=100))
    broken = coding_graded("t", problem, JudgeResult(JudgeVerdict.JE, score=0, max_score=1))
    assert partial.score == pytest.approx(0.3) and broken.status == "pending"
