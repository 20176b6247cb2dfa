"""Grading survives the worker: the row is written before the task, a dead worker's work is graded again.

These tests run a real ``vetkit worker`` process on a SQLite queue, as ``make run`` does, and
on a Redis queue (a throwaway redis-server), on both databases.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest

from tests.servers import redis_server, stop_process
from tests.webapp.helpers import PROBLEM, quiz_item, reference, vetkit_env
from webapp.extensions import db, huey
from webapp.models import SignalRecord, Submission
from webapp.services.accounts import create_user
from webapp.services.submitting import get_question, submit_code, submit_quiz

pytestmark = [pytest.mark.docker, pytest.mark.both_databases]
WAIT_SECONDS = 180


@contextmanager
def worker_process(config):
    """A running ``vetkit worker`` on the test's database and queue; stopped (and waited for) at the end."""
    proc = subprocess.Popen([sys.executable, "-m", "vetkit", "worker"], env=vetkit_env(config, WORKERS=1),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield proc
    finally:
        stop_process(proc)


@pytest.fixture(scope="session")
def redis_url():
    """The URL of a throwaway redis-server, for the session."""
    with redis_server() as url:
        yield url


@pytest.fixture
def queue(request):
    """The queue's settings: SQLite (the default), or ``redis`` (an emptied throwaway server) when asked."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return {}
    url = request.getfixturevalue("redis_url")
    return {"REDIS_URL": url}


@pytest.fixture
def queued_app(make_app, queue):
    """An app with a real queue (SQLite or Redis) instead of immediate mode, and its settings."""
    app = make_app(HUEY_IMMEDIATE=False, **queue)
    huey.flush()
    yield app, app.config
    huey.storage.close()
    huey.immediate = True


def _submit(app, source):
    with app.app_context():
        user = create_user(f"w{time.monotonic_ns()}@example.com", "correct horse battery")
        submission, _ = submit_code(user, get_question(PROBLEM), language="python", source=source)
        return submission.id


def _wait_for(app, submission_id, statuses, timeout=WAIT_SECONDS):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with app.app_context():
            db.session.expire_all()
            submission = db.session.get(Submission, submission_id)
            if submission.status in statuses:
                return submission.status, submission.worker, submission.tries
        time.sleep(0.2)
    raise AssertionError(f"submission {submission_id} never reached {statuses}")


def _answer_quiz(app, submission_id):
    item_id, private = quiz_item(app, "single_choice")
    with app.app_context():
        user = db.session.get(Submission, submission_id).user
        return submit_quiz(user, get_question(item_id), private["answer"])[0].id


@pytest.mark.parametrize("queue", ["sqlite", "redis"], indirect=True)
def test_a_worker_grades_what_was_queued(queued_app, queue):
    app, config = queued_app
    submission_id = _submit(app, reference())
    answer_id = _answer_quiz(app, submission_id)
    assert _wait_for(app, submission_id, {"queued"}, 1)[0] == "queued", "the row exists before any worker"
    storage = "RedisStorage" if queue else "SqliteStorage"
    assert huey.pending_count() == 2 and type(huey.storage).__name__.endswith(storage)
    with worker_process(config):
        _wait_for(app, submission_id, {"graded"})
        _wait_for(app, answer_id, {"graded"})
    with app.app_context():
        submission = db.session.get(Submission, submission_id)
        assert submission.result.verdict == "AC" and db.session.get(Submission, answer_id).result.verdict == "correct"
        signals = db.session.scalars(db.select(SignalRecord).filter_by(user_id=submission.user_id)).all()
        assert signals and all(s.evidence for s in signals), "the worker recomputed the candidate's signals"


@pytest.mark.parametrize("queue", ["sqlite", "redis"], indirect=True)
def test_grading_is_dequeued_before_background_work(queued_app, queue):
    """In a burst the candidates' grading goes first; similarity checks queued earlier wait (both queues)."""
    from webapp.tasks import grade_submission_task, similarity_task
    huey.flush()
    similarity_task(1)
    similarity_task(2)
    grade_submission_task(3)
    names = [huey.dequeue().name for _ in range(3)]
    assert names == ["grade_submission", "similarity", "similarity"]


def test_a_worker_that_dies_mid_grading_leaves_the_submission_to_be_graded_again(queued_app):
    app, config = queued_app
    slow = reference(folder="time_limit_exceeded")
    submission_id = _submit(app, slow)
    with worker_process(config) as first:
        _, owner, _ = _wait_for(app, submission_id, {"running"})
        assert owner.endswith(f":{first.pid}")
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    assert _wait_for(app, submission_id, {"running"}, 1)[0] == "running", "a killed worker leaves it running"
    with worker_process(config):
        status, _, tries = _wait_for(app, submission_id, {"graded", "failed"})
    assert status == "graded" and tries == 2
    with app.app_context():
        assert db.session.get(Submission, submission_id).result.verdict == "TLE"
    import sandbox
    from sandbox import engine
    label = f"vetkit.owner={os.uname().nodename}:{first.pid}"
    assert engine.client().containers.list(all=True, filters={"label": label}) == [], \
        "the dead worker's sandbox was reaped"


def test_a_submission_whose_task_could_not_be_queued_is_queued_by_the_next_worker(queued_app, monkeypatch):
    app, config = queued_app
    from webapp.extensions import huey

    def queue_fails(task):
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(huey, "enqueue", queue_fails)
    submission_id = _submit(app, reference())
    monkeypatch.undo()
    assert _wait_for(app, submission_id, {"queued"}, 1)[0] == "queued", "the row is saved although queueing failed"
    with worker_process(config):
        assert _wait_for(app, submission_id, {"graded"})[0] == "graded"
