"""A recruiter corrects or completes a grade: rubric points, a score override (with its reason), each in the audit.

Every change adds a result (the old ones stay), writes an audit entry (who, when, what,
before, after, why), recomputes the candidate's signals and, for an attempt's final
answer, the attempt's scores.
"""

from grader import apply_rubric, grade_item
from grader.quiz import RubricError
from question_bank.serialize import item_from_dict

from .. import clock
from ..extensions import db
from ..models import Attempt, AuditEntry, Result
from . import attempt_grading, signals
from .bank_sync import loaded_task, version_folder
from .grading import store_result
from .submitting import Refused

MAX_REASON_CHARS = 2000


def snapshot(result):
    """The parts of a result the audit trail keeps (before and after a change)."""
    if result is None:
        return {}
    return {"verdict": result.verdict, "status": result.status, "score": result.score,
            "max_score": result.max_score, "source": result.source}


def record_change(submission, actor, action, before, reason=""):
    """Audit a change of ``submission``'s result, recompute its owner's signals and its attempt's scores."""
    db.session.add(AuditEntry(submission_id=submission.id, actor_id=actor.id, action=action, before=before,
                              after=snapshot(submission.result), reason=reason, created_at=clock.now()))
    db.session.commit()
    signals.recompute(submission.user_id)
    if submission.attempt_id and submission.final:
        attempt = db.session.get(Attempt, submission.attempt_id)
        if attempt is not None and attempt.status == "graded":
            attempt_grading.score(attempt)


def override(submission, actor, score, reason):
    """Set the submission's score by hand; Refused(400) without a reason, (422) for a score out of range."""
    reason = (reason or "").strip()
    if not reason:
        raise Refused(400, "Give the reason for the override: it is kept in the audit trail.")
    if len(reason) > MAX_REASON_CHARS:
        raise Refused(422, f"Keep the reason under {MAX_REASON_CHARS} characters.")
    current = submission.result
    if current is None:
        raise Refused(409, "This submission has no result yet; wait until it is graded.")
    top = current.max_score or 1.0
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= top:
        raise Refused(422, f"The score must be a number from 0 to {top:g}.")
    before = snapshot(current)
    detail = {**(current.detail or {}), "override": {"score": score, "reason": reason, "by": actor.email}}
    store_result(submission, dict(verdict=current.verdict, status="graded", score=float(score), max_score=top,
                                  detail=detail, version_id=current.version_id), source="override")
    record_change(submission, actor, "override", before, reason)
    return submission.result


def rubric_form(submission):
    """The criteria to score for this submission: [{criterion, points, awarded}] (empty when it has none)."""
    version = submission.version
    if submission.kind == "quiz" and version.private.get("type") == "free_text":
        criteria = version.private["rubric"]
    elif submission.kind == "takehome":
        criteria = [{"criterion": r.criterion, "points": r.points} for r in loaded_task(version_folder(version)).rubric]
    else:
        return []
    awarded = dict(((submission.result.detail or {}).get("rubric_awarded") or {}).items()) if submission.result else {}
    return [{**c, "awarded": awarded.get(c["criterion"])} for c in criteria]


def rubric_points(criteria, given):
    """criterion -> points from a form's ``given`` values; Refused(422) for a missing or out-of-range value."""
    points = {}
    for criterion in criteria:
        value = given.get(criterion["criterion"])
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise Refused(422, f"Give points for '{criterion['criterion']}' (0 to {criterion['points']}).") from None
        if not 0 <= value <= criterion["points"]:
            raise Refused(422, f"Points for '{criterion['criterion']}' must be from 0 to {criterion['points']}.")
        points[criterion["criterion"]] = value
    return points


def grade_rubric(submission, actor, given):
    """Record a reviewer's rubric points (criterion -> points) for a free-text answer or a take-home."""
    criteria = rubric_form(submission)
    if not criteria or submission.result is None:
        raise Refused(422, "This submission has no rubric to score.")
    points, before, current = rubric_points(criteria, given or {}), snapshot(submission.result), submission.result
    if submission.kind == "quiz":
        item = item_from_dict(submission.version.private)
        try:
            grade = apply_rubric(grade_item(item, submission.answer), points, actor.email)
        except RubricError as exc:
            raise Refused(422, str(exc)) from None
        fields = dict(verdict="correct" if grade.fraction >= 1 else "partial" if grade.score else "incorrect",
                      status="graded", score=grade.score, max_score=grade.max_points,
                      detail={**grade.to_json(), "rubric_awarded": points})
    else:
        detail = current.detail or {}
        auto = float(detail.get("score", current.score))
        fields = dict(verdict="graded", status="graded", score=auto + sum(points.values()), max_score=current.max_score,
                      detail={**detail, "status": "graded", "rubric_awarded": points, "rubric_pending": [],
                              "rubric_score": sum(points.values())})
    store_result(submission, {**fields, "version_id": current.version_id}, source="rubric")
    record_change(submission, actor, "rubric", before, "rubric scored")
    return submission.result


def audit_of(submission):
    """The submission's audit trail, oldest first."""
    return db.session.execute(db.select(AuditEntry).filter_by(submission_id=submission.id).order_by(AuditEntry.id)
                              ).scalars().all()


def result_history(submission):
    """Every result of the submission, oldest first (the current one last, previews of rejudges included)."""
    return db.session.execute(db.select(Result).filter_by(submission_id=submission.id).order_by(Result.id)
                              ).scalars().all()
