"""What the review pages show: a submission's evidence, the queue of answers to grade, labels and exports."""

from grader.coding.results import SAMPLE_GROUP

from ..access import can_see_submission
from ..extensions import db
from ..models import Attempt, Comment, Result, SignalRecord, Submission
from ..services import answers, candidates, evidence, review, signals


def label(user, blind):
    """How a candidate is named on a page: the alias in blind review, else the name."""
    return candidates.alias(user.id) if blind else user.display_name


def _coding_context(submission, result):
    detail = (result.detail or {}) if result else {}
    files = [(name, evidence.code_html(name, text, submission.language)) for name, text in
             (submission.files or {}).items()]
    tests = detail.get("tests") or []
    return {"files": files, "tests": tests, "failing": [t["name"] for t in tests if t["verdict"] != "AC"],
            "sample_group": SAMPLE_GROUP}


def _takehome_context(submission, result):
    notebook = None
    if result is not None and result.artifact:
        notebook = evidence.notebook_html(result.artifact)
    return {"notebook": notebook}


def _quiz_context(submission, result):
    private = submission.version.private
    return {"key": private.get("answer"), "accepted": private.get("accepted"), "model_answer": private.get("model_answer"),
            "explanation": private.get("explanation"), "options": private.get("options") or []}


CONTEXTS = {"coding": _coding_context, "takehome": _takehome_context, "quiz": _quiz_context}


def review_context(submission, *, blind):
    """Everything the submission review page needs."""
    result = submission.result
    attempt = db.session.get(Attempt, submission.attempt_id) if submission.attempt_id else None
    return {"result": result, "detail": (result.detail or {}) if result else {}, "attempt": attempt,
            "candidate_label": label(submission.user, blind), "rubric": review.rubric_form(submission),
            "audit": review.audit_of(submission), "history": review.result_history(submission),
            "next_id": next_pending(None, after=submission.id),
            **CONTEXTS[submission.kind](submission, result)}


def _pending_query():
    return (db.select(Submission).join(Result, Result.submission_id == Submission.id)
            .where(Result.current.is_(True), Result.status == "pending", Submission.kind.in_(("quiz", "takehome")),
                   Result.verdict != "JE").order_by(Submission.id))


def pending_rows(viewer):
    """Submissions whose rubric waits for a reviewer that ``viewer`` may see, oldest first."""
    return [s for s in db.session.execute(_pending_query()).scalars() if can_see_submission(viewer, s)]


def next_pending(viewer, *, after):
    """The id of the next submission to grade after ``after`` (wrapping round), or None (default viewer: the
    signed-in user)."""
    from flask_login import current_user
    rows = [s.id for s in pending_rows(viewer or current_user)]
    later = [i for i in rows if i > after]
    following = later[0] if later else (rows[0] if rows else None)
    return None if following == after else following


def candidate_export(user, *, blind):
    """One candidate's profile, signals and the evidence behind them, as JSON-ready data."""
    rows = db.session.execute(db.select(SignalRecord).filter_by(user_id=user.id)).scalars().all()
    data = candidates.card(user, rows, blind=blind)
    stored = signals.stored(user.id)
    data["signals"] = {scope: [signals.to_json(r) for r in records] for scope, records in stored.items()}
    ids = sorted({e["submission_id"] for records in stored.values() for r in records for e in r.evidence})
    data["evidence"] = []
    for submission in db.session.execute(db.select(Submission).where(Submission.id.in_(ids))).scalars():
        result = submission.result
        data["evidence"].append({"submission_id": submission.id, "question_id": submission.question_id,
                                 "kind": submission.kind, "context": submission.context,
                                 "verdict": result.verdict if result else None,
                                 "score": result.score if result else None,
                                 "max_score": result.max_score if result else None,
                                 "graded_at": submission.graded_at.isoformat() if submission.graded_at else None})
    return data


def staff_profile_context(candidate, viewer, *, blind):
    """The parts of a candidate's page only staff see: attempts with integrity, comments, the label."""
    attempts = db.session.execute(db.select(Attempt).filter_by(user_id=candidate.id).order_by(Attempt.id.desc())
                                  ).scalars().all()
    from ..access import can_review_attempt
    visible = [a for a in attempts if can_review_attempt(viewer, a)]
    comments = db.session.execute(db.select(Comment).filter_by(candidate_id=candidate.id).order_by(Comment.id)
                                  ).scalars().all()
    return {"attempts": [(a, answers.integrity_summary(a)["overall"]) for a in visible], "comments": comments,
            "candidate_label": label(candidate, blind), "blind": blind}
