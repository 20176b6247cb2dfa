"""Huey tasks: grade a submission, and sweep the queue for work a dead worker left behind.

Tasks take ids, never objects: the database row is the source of truth.  Each runs
inside an application context (the worker's app, or the caller's in immediate mode).
"""

from contextlib import contextmanager

from flask import current_app, has_app_context
from huey import crontab

from .extensions import huey

_worker_app = []
"""The app a worker process made at start (``set_worker_app``)."""


def set_worker_app(app):
    """Use ``app`` for tasks run by this process's consumer threads."""
    _worker_app[:] = [app]


@contextmanager
def app_context():
    """The caller's app context, or the worker's app (made on first use)."""
    if has_app_context():
        yield current_app
        return
    if not _worker_app:
        from . import create_app
        set_worker_app(create_app())
    with _worker_app[0].app_context():
        yield _worker_app[0]


GRADING_PRIORITY = 10
"""Grading (what a candidate waits for) is dequeued before background work such as similarity checks."""


@huey.task(name="grade_submission", priority=GRADING_PRIORITY)
def grade_submission_task(submission_id):
    """Grade one submission (see ``webapp.services.grading``)."""
    from .services.grading import grade_submission
    with app_context():
        return grade_submission(submission_id)


@huey.task(name="close_attempt", priority=GRADING_PRIORITY)
def close_attempt_task(attempt_id):
    """Hand a closed attempt's answers to the grader (see ``webapp.services.attempt_grading``)."""
    from .services.attempt_grading import hand_in
    with app_context():
        return hand_in(attempt_id)


@huey.task(name="similarity")
def similarity_task(submission_id):
    """Compare a graded coding submission with other candidates' code (see ``webapp.services.similarity``)."""
    from .services.similarity import check_submission
    with app_context():
        return len(check_submission(submission_id))


@huey.task(name="rejudge")
def rejudge_task(rejudge_id):
    """Grade a question's submissions again as a preview (see ``webapp.services.rejudge``)."""
    from .services.rejudge import run_rejudge
    with app_context():
        return run_rejudge(rejudge_id)


@huey.periodic_task(crontab(minute="*"), name="sweep")
def sweep_task():
    """Every minute: queue again what a dead worker left running and what waited too long; close overdue attempts."""
    from .services.attempts import sweep_attempts
    from .services.grading import sweep
    with app_context():
        return sweep() + sweep_attempts()
