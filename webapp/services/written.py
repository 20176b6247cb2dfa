"""Written (free-text) answers after the exam rules: the rubric, the model answer and the candidate's self-check.

The grader cannot score free text: an answer waits (``pending``) for a recruiter's rubric
points.  Outside exam rules -- a practice answer, or a mock interview once it is graded --
the candidate sees the rubric's criteria and the model answer, and may score their own
answer against the rubric.  That self-check is stored like a reviewer's scores (a new
result with source ``self``, an audit entry) and so counts in the mock's score and the
candidate's *practice* signals (mocks and practice never feed vetted ones, and matching reads
vetted signals only).  A recruiter's rubric scores or override replace it, and the candidate
can never overwrite theirs.  Vetting answers are never shown nor self-checked.
"""

from grader import apply_rubric, grade_item
from question_bank.serialize import item_from_dict

from ..views import exam_rules
from . import review
from .grading import store_result
from .submitting import Refused

#: ``Result.source`` of a candidate's self-check.
SELF_SOURCE = "self"
#: How a self-check names its reviewer in the result's message.
SELF_REVIEWER = "you (self-check against the rubric)"
#: The audit trail's action for a self-check.
SELF_ACTION = "self-check"
#: Result sources a recruiter set: a self-check never replaces them.
STAFF_SOURCES = ("rubric", "override")


def is_written(submission):
    """True for an answer to a free-text quiz item."""
    return submission.kind == "quiz" and (submission.version.private or {}).get("type") == "free_text"


def _answered(submission):
    return isinstance(submission.answer, str) and bool(submission.answer.strip())


def can_self_check(submission):
    """True when the candidate may score this written answer against its rubric now."""
    result = submission.result
    return (result is not None and is_written(submission) and submission.context != "vetting"
            and not exam_rules(submission) and _answered(submission)
            and (result.status == "pending" or result.source == SELF_SOURCE))


def feedback(submission):
    """What the candidate sees of a written answer once the exam rules are over, else None.

    ``criteria`` ([{criterion, points, awarded}]), ``model_answer`` and ``explanation`` (Markdown),
    ``scored_by`` (``None`` while pending, ``"you"`` after a self-check, ``"recruiter"``),
    ``can_self_check``, and the current ``score`` of ``max_points``.
    """
    result = submission.result
    if result is None or not is_written(submission) or submission.context == "vetting" or exam_rules(submission):
        return None
    scored_by = None
    if result.source == SELF_SOURCE:
        scored_by = "you"
    elif result.source in STAFF_SOURCES:
        scored_by = "recruiter"
    return {**_key(submission.version, (result.detail or {}).get("rubric_awarded")),
            "answered": _answered(submission), "scored_by": scored_by, "can_self_check": can_self_check(submission),
            "pending": result.status == "pending", "score": result.score, "max_points": result.max_score}


def unanswered_feedback(attempt, item):
    """The model answer and rubric of a written question left blank in a graded mock (else None)."""
    private = item.version.private or {}
    if attempt.kind != "mock" or attempt.status != "graded" or private.get("type") != "free_text":
        return None
    return {**_key(item.version, None), "answered": False, "scored_by": None, "can_self_check": False,
            "pending": False, "score": 0.0, "max_points": float(private.get("points") or 0)}


def _key(version, awarded):
    """The rubric (with any points awarded), model answer and explanation of a free-text question version."""
    private, awarded = version.private, dict(awarded or {})
    return {"criteria": [{"criterion": c["criterion"], "points": c["points"], "awarded": awarded.get(c["criterion"])}
                         for c in private.get("rubric") or []],
            "model_answer": private.get("model_answer") or "", "explanation": private.get("explanation") or ""}


def self_check(submission, user, given):
    """Record ``user``'s own rubric points (criterion -> points) for their written answer; returns the result.

    Refused: 403 for someone else's answer or a vetting answer, 409 while the mock runs, for a
    blank answer or one a recruiter has scored, 422 for a non-written answer or bad points.
    """
    if submission.user_id != user.id:
        raise Refused(403, "You can only check your own answers.")
    if submission.context == "vetting":
        raise Refused(403, "Vetting answers are scored by the recruiter, not by the candidate.")
    if not is_written(submission):
        raise Refused(422, "Only written answers are checked against a rubric.")
    if exam_rules(submission):
        raise Refused(409, "The mock interview is still running: check your answers once it has ended.")
    if not _answered(submission):
        raise Refused(409, "There is no written answer to check: this question was left blank.")
    if not can_self_check(submission):
        raise Refused(409, "A recruiter has scored this answer; their scores stand.")
    criteria = review.rubric_form(submission)
    points = review.rubric_points(criteria, given or {})
    current, before = submission.result, review.snapshot(submission.result)
    item = item_from_dict(submission.version.private)
    grade = apply_rubric(grade_item(item, submission.answer), points, SELF_REVIEWER)
    verdict = "correct" if grade.fraction >= 1 else "partial" if grade.score else "incorrect"
    store_result(submission, dict(verdict=verdict, status="graded", score=grade.score, max_score=grade.max_points,
                                  detail={**grade.to_json(), "rubric_awarded": points, "self_check": True},
                                  version_id=current.version_id), source=SELF_SOURCE)
    review.record_change(submission, user, SELF_ACTION, before, "scored by the candidate against the rubric")
    return submission.result
