"""Grade one submission in a worker: claim the row, call the grader, store the result, recompute signals.

Claiming is one atomic UPDATE (``queued`` -> ``running``), so a submission queued twice
is graded once.  When the sandbox engine does not answer, the row goes back to
``queued`` with a reason the candidate sees, and is tried again later: nothing is
charged.  A judge error (our failure, never the candidate's) is retried up to
``MAX_GRADING_TRIES`` times, then the submission is ``failed`` and counts in no signal.
``sweep`` puts back in the queue what a dead worker left ``running`` and what waited
too long in ``queued``.
"""

import os
import socket
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from flask import current_app
from sqlalchemy import update

import sandbox
from grader import grade_item
from grader.coding import judge_problem
from grader.takehome import grade_takehome
from question_bank.serialize import item_from_dict

from ..extensions import db
from ..models import Result, Submission
from ..models.base import utcnow
from ..models.questions import CODING, QUIZ
from ..models.submissions import FAILED, GRADED, PRACTICE, QUEUED, RUNNING
from . import attempt_grading, signals
from .bank_sync import loaded_problem, loaded_task, version_folder
from .practice import graded_session_key
from .submitting import ENGINE_DOWN, enqueue


class GradingDelayed(Exception):
    """Grading cannot happen now for a reason outside the submission (the engine is down)."""


class GradingFailed(Exception):
    """Our side failed to grade (a judge error); the submission is tried again."""


def worker_name():
    """This process's name in ``Submission.worker``: host:pid."""
    return f"{socket.gethostname()}:{os.getpid()}"


def claim(submission_id):
    """Mark the submission ``running`` for this worker if it is ``queued``; the row, or None if another has it."""
    claimed = db.session.execute(
        update(Submission).where(Submission.id == submission_id, Submission.status == QUEUED)
        .values(status=RUNNING, worker=worker_name(), started_at=utcnow(), tries=Submission.tries + 1))
    db.session.commit()
    return db.session.get(Submission, submission_id) if claimed.rowcount == 1 else None


@dataclass(frozen=True)
class Job:
    """What grading one submission needs, read from the database before the (long) grading starts.

    The grader works on this alone, so no database transaction stays open while code or a notebook runs.
    """

    kind: str
    version_id: int
    folder: Path | None
    private: dict
    language: str | None = None
    files: dict | None = None
    answer: object = None
    upload: bytes | None = None
    all_tests: bool = False
    """Run every test of a pass-fail problem (practice feedback) instead of stopping at the first failure."""
    session: str | None = None
    """The candidate's sandbox session key: their code runs in their session container when
    ``SANDBOX_SESSIONS`` is on (docs/sandbox.md); None for single-use containers (rejudges)."""


def job_for(submission, version=None, *, session=None):
    """The ``Job`` of grading ``submission`` against ``version`` (default: its own), in ``session``.

    Practice submissions run every test when ``PRACTICE_ALL_TESTS`` says so; the others are judged lazily.
    """
    version = version or submission.version
    all_tests = submission.context == PRACTICE and bool(current_app.config["PRACTICE_ALL_TESTS"])
    return Job(kind=submission.kind, version_id=version.id, private=dict(version.private or {}),
               folder=version_folder(version) if version.snapshot else None, language=submission.language,
               files=dict(submission.files or {}), answer=submission.answer,
               upload=submission.upload if submission.kind == "takehome" else None, all_tests=all_tests,
               session=session)


def _quiz(job):
    item = item_from_dict(job.private)
    grade = grade_item(item, job.answer)
    if grade.status == "pending":
        verdict = "pending"
    else:
        verdict = "correct" if grade.fraction >= 1 else "incorrect" if grade.fraction <= 0 else "partial"
    return dict(verdict=verdict, status=grade.status, score=grade.score, max_score=grade.max_points,
                detail=grade.to_json())


def _coding(job):
    problem = loaded_problem(job.folder)
    files = {name: text.encode("utf-8") for name, text in job.files.items()}
    result = judge_problem(problem, files, language=job.language, all_tests=job.all_tests, session=job.session)
    if result.verdict.value == "JE":
        raise GradingFailed(result.message or "the judge failed")
    return dict(verdict=result.verdict.value, status="graded", score=result.score, max_score=result.max_score,
                detail=result.to_json())


def _takehome(job):
    grade = grade_takehome(loaded_task(job.folder), job.upload)
    error = grade.run.get("error") or {}
    if error.get("ename") == "SandboxError" or grade.status in ("error", "pending_infrastructure"):
        raise GradingFailed(f"the sandbox failed while running the notebook: {error.get('evalue', '')}"[:500])
    notebook = None
    if grade.notebook is not None:
        import nbformat
        notebook = nbformat.writes(grade.notebook).encode()
    status = "pending" if grade.status == "pending_rubric" else "graded"
    return dict(verdict=grade.status, status=status, score=grade.score, max_score=grade.max_score,
                detail=grade.to_json(), artifact=notebook)


GRADERS = {CODING: _coding, QUIZ: _quiz, "takehome": _takehome}


def grade_fields(job):
    """The result fields of grading ``job``; GradingDelayed when the engine is down, GradingFailed on a judge
    error.  Touches no database."""
    try:
        return {**GRADERS[job.kind](job), "version_id": job.version_id}
    except (sandbox.EngineUnavailable, sandbox.ImageMissing) as exc:
        raise GradingDelayed(str(exc)) from None
    except GradingFailed:
        if job.kind != QUIZ and not sandbox.engine_answers():
            raise GradingDelayed(ENGINE_DOWN) from None
        raise


def store_result(submission, fields, source="grader"):
    """Add ``fields`` as the submission's current result (older results stay, not current)."""
    for old in submission.results:
        old.current = False
    submission.results.append(Result(source=source, current=True,
                                     version_id=fields.pop("version_id", submission.version_id), **fields))
    submission.status, submission.graded_at, submission.delay_reason = GRADED, utcnow(), ""
    submission.worker = ""


def _delay(submission, reason):
    submission.status, submission.worker, submission.delay_reason = QUEUED, "", reason
    submission.tries = max(0, submission.tries - 1)  # not the candidate's fault and not a judge error
    submission.queued_at = utcnow()
    db.session.commit()
    _retry_later(submission.id)


def _failed(submission, message):
    config = current_app.config
    if submission.tries < config["MAX_GRADING_TRIES"]:
        submission.status, submission.worker, submission.queued_at = QUEUED, "", utcnow()
        db.session.commit()
        _retry_later(submission.id)
        return
    store_result(submission, dict(verdict="JE", status="pending", score=0.0, max_score=0.0,
                                  detail={"verdict": "JE", "message": message}))
    submission.status = FAILED
    db.session.commit()
    attempt_grading.on_graded(submission)


def _retry_later(submission_id):
    from ..tasks import grade_submission_task
    if current_app.config["HUEY_IMMEDIATE"]:
        return  # no scheduler in immediate mode: the sweep (or a test) queues it again
    grade_submission_task.schedule((submission_id,), delay=current_app.config["GRADING_RETRY_SECONDS"])


def grade_submission(submission_id):
    """Grade the submission if it is queued (a worker's task); returns its status afterwards."""
    submission = claim(submission_id)
    if submission is None:
        return None
    job = job_for(submission, session=graded_session_key(submission.user))
    db.session.commit()  # no transaction stays open while the code or the notebook runs
    try:
        fields = grade_fields(job)
    except GradingDelayed as exc:
        _delay(submission, ENGINE_DOWN if "engine" in str(exc).lower() else str(exc))
        return submission.status
    except GradingFailed as exc:
        _failed(submission, str(exc))
        return submission.status
    store_result(submission, fields)
    db.session.commit()
    signals.recompute(submission.user_id)
    attempt_grading.on_graded(submission)
    if submission.kind == CODING:
        from ..tasks import similarity_task
        similarity_task(submission.id)
    return submission.status


def _worker_gone(name):
    host, _, pid = (name or "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def sweep(now=None, *, force=False):
    """Queue again what a dead worker left running and what waited too long; returns how many.

    With ``force`` (a worker starting), every queued submission is queued again at once.
    """
    config = current_app.config
    now = now or utcnow()
    stale = now - timedelta(seconds=config["GRADING_STALE_SECONDS"])
    waited = now - timedelta(seconds=0 if force else config["GRADING_RETRY_SECONDS"])
    requeue = []
    for submission in db.session.execute(db.select(Submission).where(Submission.status == RUNNING)).scalars():
        if _worker_gone(submission.worker) or (submission.started_at and submission.started_at < stale):
            submission.status, submission.worker, submission.queued_at = QUEUED, "", now
            requeue.append(submission.id)
    late = db.select(Submission.id).where(Submission.status == QUEUED,
                                          (Submission.queued_at.is_(None)) | (Submission.queued_at <= waited))
    for submission_id in db.session.execute(late).scalars():
        requeue.append(submission_id)
        db.session.get(Submission, submission_id).queued_at = now
    db.session.commit()
    for submission_id in requeue:
        enqueue(submission_id)
    return len(requeue)
