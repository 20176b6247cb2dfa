"""Vetting signals: the documented formula and worked example, determinism, no proxies, bad input."""

import dataclasses
import inspect
import random
from pathlib import Path

import pytest

from grader import GradedResult, SignalInputError, compute_signals
from grader.signals import confidence

DOC = Path(__file__).resolve().parents[2] / "docs" / "signals.md"

WORKED_EXAMPLE = [
    GradedResult("quiz-17", "quiz", ("ml-theory.overfitting",), "easy", 1.0),
    GradedResult("quiz-23", "quiz", ("ml-theory.overfitting", "ml-theory.regularisation"), "medium", 0.5),
    GradedResult("takehome-2", "takehome", ("ml-theory.overfitting",), "hard", 0.8),
    GradedResult("quiz-31", "quiz", ("ml-theory.overfitting",), "medium", 0.0, "pending"),
]


def test_worked_example_of_the_docs():
    overfitting, regularisation = compute_signals(WORKED_EXAMPLE)
    assert overfitting.skill == "ml-theory.overfitting"
    assert (overfitting.score, overfitting.confidence, overfitting.evidence_weight) == (73.3, 0.63, 6)
    assert overfitting.results == ("quiz-17", "quiz-23", "takehome-2")
    assert overfitting.pending == ("quiz-31",)
    assert [(e.weight, e.score) for e in overfitting.evidence] == [(1, 1.0), (2, 0.5), (3, 0.8)]
    assert (regularisation.skill, regularisation.score, regularisation.confidence) == (
        "ml-theory.regularisation", 50.0, 0.28)
    assert regularisation.results == ("quiz-23",) and regularisation.pending == ()


def test_the_docs_show_the_same_numbers():
    text = DOC.read_text(encoding="utf-8")
    for number in ("**73.3**", "**0.63**", "**50.0**", "**0.28**"):
        assert number in text
    for result in WORKED_EXAMPLE:
        assert f"| {result.result_id} | {result.kind} |" in text


@pytest.mark.parametrize("weight, expected", [(0, 0.0), (1, 0.15), (6, 0.63), (12, 0.86), (18, 0.95)])
def test_confidence_grows_with_evidence(weight, expected):
    assert confidence(weight) == expected


def test_same_results_in_any_order_give_identical_signals():
    rng = random.Random(20240601)
    skills = ["maths.probability", "maths.statistics", "ml-theory.overfitting", "evaluation.ranking-metrics"]
    results = [GradedResult(f"r{i:03d}", rng.choice(["coding", "quiz", "takehome"]),
                            tuple(rng.sample(skills, rng.randint(1, 3))), rng.choice(["easy", "medium", "hard"]),
                            rng.random(), rng.choice(["graded", "graded", "pending"])) for i in range(200)]
    expected = compute_signals(results)
    for _ in range(5):
        rng.shuffle(results)
        assert compute_signals(results) == expected
    assert [s.skill for s in expected] == sorted(skills)
    for signal in expected:
        assert list(signal.results) == sorted(signal.results)
        assert list(signal.pending) == sorted(signal.pending)


def test_only_pending_evidence_gives_no_score():
    [signal] = compute_signals([GradedResult("r1", "quiz", ("ml-theory.ensembles",), "hard", 0.0, "pending")])
    assert (signal.score, signal.confidence, signal.evidence, signal.pending) == (None, 0.0, (), ("r1",))


def test_difficulty_weights_the_score():
    signals = compute_signals([GradedResult("easy", "quiz", ("s.a",), "easy", 1.0),
                               GradedResult("hard", "coding", ("s.a",), "hard", 0.0)])
    assert signals[0].score == 25.0


def test_no_results_no_signals():
    assert compute_signals([]) == ()


def test_free_of_proxies_only_results_go_in():
    assert list(inspect.signature(compute_signals).parameters) == ["results"]
    assert [f.name for f in dataclasses.fields(GradedResult)] == [
        "result_id", "kind", "skills", "difficulty", "score", "status"]


@pytest.mark.parametrize("kwargs, message", [
    ({"kind": "essay"}, "kind must be one of"),
    ({"difficulty": "expert"}, "difficulty must be one of"),
    ({"score": 1.5}, "score must be a fraction"),
    ({"score": -0.1}, "score must be a fraction"),
    ({"score": True}, "score must be a fraction"),
    ({"status": "lost"}, "status must be one of"),
    ({"skills": ()}, "at least one skill"),
    ({"result_id": ""}, "result_id must be non-empty"),
])
def test_malformed_results_are_refused(kwargs, message):
    values = {"result_id": "r1", "kind": "quiz", "skills": ("maths.probability",), "difficulty": "easy",
              "score": 0.5, **kwargs}
    with pytest.raises(SignalInputError, match=message):
        GradedResult(**values)


def test_duplicate_result_ids_are_refused():
    result = GradedResult("r1", "quiz", ("maths.probability",), "easy", 1.0)
    with pytest.raises(SignalInputError, match="given twice"):
        compute_signals([result, result])


def test_signals_serialise():
    data = compute_signals(WORKED_EXAMPLE)[0].to_json()
    assert data["score"] == 73.3 and data["pending"] == ["quiz-31"]
    assert data["evidence"][0] == {"result_id": "quiz-17", "kind": "quiz", "difficulty": "easy", "weight": 1,
                                   "score": 1.0}
