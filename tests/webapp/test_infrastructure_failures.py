"""Our failures are never charged to the candidate: a take-home whose sandbox failed and a coding JE are
both retried (``GradingFailed``), never scored; an engine that does not answer delays grading.

``grade_fields`` touches no database: the grader is replaced by what it returns when the sandbox fails.
"""

from types import SimpleNamespace

import pytest

import sandbox
from webapp.services import grading


def job(kind):
    """A job of ``kind`` whose grader is replaced by the test."""
    return grading.Job(kind=kind, version_id=1, folder=None, private={}, language="python", files={}, upload=b"{}")


@pytest.mark.parametrize("status, error", [("pending_infrastructure", {}),
                                           ("graded", {"ename": "SandboxError", "evalue": "the container vanished"})])
def test_a_take_home_whose_sandbox_failed_is_retried_never_scored(monkeypatch, status, error):
    failed = SimpleNamespace(status=status, run={"error": error}, score=None, max_score=10.0)
    monkeypatch.setattr(grading, "loaded_task", lambda _folder: None)
    monkeypatch.setattr(grading, "grade_takehome", lambda _task, _upload: failed)
    monkeypatch.setattr(grading.sandbox, "engine_answers", lambda: True)
    with pytest.raises(grading.GradingFailed, match="sandbox failed"):
        grading.grade_fields(job("takehome"))


def test_a_coding_judge_error_is_retried_never_scored(monkeypatch):
    judged = SimpleNamespace(verdict=SimpleNamespace(value="JE"), message="the validator crashed")
    monkeypatch.setattr(grading, "loaded_problem", lambda _folder: None)
    monkeypatch.setattr(grading, "judge_problem", lambda *_args, **_kwargs: judged)
    monkeypatch.setattr(grading.sandbox, "engine_answers", lambda: True)
    with pytest.raises(grading.GradingFailed, match="validator crashed"):
        grading.grade_fields(job("coding"))


def test_a_failure_while_the_engine_is_down_delays_grading(monkeypatch):
    def down(_task, _upload):
        raise sandbox.EngineUnavailable("no engine")
    monkeypatch.setattr(grading, "loaded_task", lambda _folder: None)
    monkeypatch.setattr(grading, "grade_takehome", down)
    with pytest.raises(grading.GradingDelayed):
        grading.grade_fields(job("takehome"))
