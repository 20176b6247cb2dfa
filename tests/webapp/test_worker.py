"""Grading survives the worker: the row is written before the task, a dead worker's work is graded again.

These tests run a real ``vetkit worker`` process on a SQLite queue, as ``make run`` does.
"""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest

from tests.webapp.conftest import app_config
from tests.webapp.helpers import PROBLEM, reference
from webapp import create_app
from webapp.extensions import db
from webapp.models import Submission
from webapp.services.accounts import create_user
from webapp.services.submitting import submit_code

pytestmark = pytest.mark.docker
WAIT_SECONDS = 180


def _env(config):
    names = ("INSTANCE_PATH", "DATABASE_URL", "HUEY_PATH", "SNAPSHOT_DIR", "SECRET_KEY")
    return {**os.environ, **{f"VETKIT_{name}": str(config[name]) for name in names}, "VETKIT_WORKERS": "1"}


@contextmanager
def worker_process(config):
    """A running ``vetkit worker`` on the test's database and queue; stopped (and waited for) at the end."""
    proc = subprocess.Popen([sys.executable, "-m", "vetkit", "worker"], env=_env(config),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture
def queued_app(bank_template, tmp_path):
    """An app with a real (SQLite) queue instead of immediate mode, and its settings."""
    shutil.copy(bank_template / "vetkit.sqlite3", tmp_path / "vetkit.sqlite3")
    config = app_config(tmp_path, HUEY_IMMEDIATE=False, SNAPSHOT_DIR=str(bank_template / "versions"))
    app = create_app(config)
    yield app, config
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    from webapp.extensions import huey
    huey.immediate = True


def _submit(app, source):
    with app.app_context():
        user = create_user(f"w{time.monotonic_ns()}@example.com", "correct horse battery")
        from webapp.services.submitting import get_question
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


def test_a_worker_grades_what_was_queued(queued_app):
    app, config = queued_app
    submission_id = _submit(app, reference())
    assert _wait_for(app, submission_id, {"queued"}, 1)[0] == "queued", "the row exists before any worker"
    with worker_process(config):
        _wait_for(app, submission_id, {"graded"})
    with app.app_context():
        assert db.session.get(Submission, submission_id).result.verdict == "AC"


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
