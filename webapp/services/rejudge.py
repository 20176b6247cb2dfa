"""Rejudge (admins): after a question's tests or key change, grade its submissions again as a preview, then apply.

The preview adds a result per submission, graded against the question's current
version, that is not current: nothing changes for candidates.  Applying makes those
results current (the old ones stay), writes an audit entry per submission and
recomputes the signals and attempt scores they feed.
"""

from .. import clock
from ..extensions import db
from ..models import Attempt, AuditEntry, QuestionVersion, Rejudge, Result, Submission
from ..models.submissions import FAILED, GRADED
from . import attempt_grading, signals
from .grading import GradingDelayed, GradingFailed, grade_fields
from .submitting import Refused

RUNNING, PREVIEW, APPLIED = "running", "preview", "applied"


def _submissions(question_id):
    return db.session.execute(db.select(Submission).where(Submission.question_id == question_id,
                                                          Submission.status.in_((GRADED, FAILED)))
                              .order_by(Submission.id)).scalars().all()


def start_rejudge(question, actor):
    """A rejudge of every graded submission of ``question`` against its current version, queued."""
    if db.session.execute(db.select(Rejudge).filter_by(question_id=question.id, status=RUNNING)).first():
        raise Refused(409, "A rejudge of this question is already running; wait for its preview.")
    found = Rejudge(question_id=question.id, version_id=question.current_version_id, requested_by=actor.id,
                    total=len(_submissions(question.id)), status=RUNNING)
    db.session.add(found)
    db.session.commit()
    from ..tasks import rejudge_task
    rejudge_task(found.id)
    return found


def run_rejudge(rejudge_id):
    """Grade each submission again (a preview result per submission); returns how many were graded."""
    found = db.session.get(Rejudge, rejudge_id)
    if found is None or found.status != RUNNING:
        return 0
    version = db.session.get(QuestionVersion, found.version_id)
    for submission in _submissions(found.question_id):
        try:
            fields = grade_fields(submission, version)
        except (GradingDelayed, GradingFailed) as exc:
            fields = dict(verdict="JE", status="pending", score=0.0, max_score=0.0,
                          detail={"verdict": "JE", "message": str(exc)}, version_id=version.id)
        db.session.add(Result(submission_id=submission.id, current=False, source="rejudge", rejudge_id=found.id,
                              **fields))
        found.done += 1
        db.session.commit()
    found.status = PREVIEW
    db.session.commit()
    return found.done


def preview(found):
    """One row per submission: before (its current result) and after (the rejudge's), and whether it changes."""
    rows = []
    for result in db.session.execute(db.select(Result).filter_by(rejudge_id=found.id).order_by(Result.submission_id)
                                     ).scalars():
        submission = db.session.get(Submission, result.submission_id)
        before = next((r for r in submission.results if r.current), None)
        if found.status == APPLIED:
            before = next((r for r in reversed(submission.results) if r.id < result.id and r.source != "rejudge"),
                          before)
        changed = before is None or (before.verdict, before.score) != (result.verdict, result.score)
        rows.append({"submission": submission, "before": before, "after": result, "changed": changed})
    return rows


def apply_rejudge(found, actor):
    """Make the preview's results current, with an audit entry each; signals and attempts follow."""
    if found.status != PREVIEW:
        raise Refused(409, "Only a finished preview can be applied." if found.status == RUNNING
                      else "This rejudge was applied already.")
    users, attempts = set(), set()
    for row in preview(found):
        submission, after, before = row["submission"], row["after"], row["before"]
        for result in submission.results:
            result.current = result.id == after.id
        submission.status = FAILED if after.verdict == "JE" else GRADED
        db.session.add(AuditEntry(submission_id=submission.id, actor_id=actor.id, action="rejudge",
                                  before=_short(before), after=_short(after), reason=f"rejudge {found.id}",
                                  created_at=clock.now()))
        users.add(submission.user_id)
        if submission.attempt_id and submission.final:
            attempts.add(submission.attempt_id)
    found.status, found.applied_at = APPLIED, clock.now()
    db.session.commit()
    for user_id in users:
        signals.recompute(user_id)
    for attempt_id in attempts:
        attempt = db.session.get(Attempt, attempt_id)
        if attempt.status == "graded":
            attempt_grading.score(attempt)
    return found


def _short(result):
    if result is None:
        return {}
    return {"verdict": result.verdict, "score": result.score, "max_score": result.max_score,
            "version_id": result.version_id}
