"""A candidate's vetting signals, recomputed from their stored results (docs/signals.md).

Every question counts once per scope: the best current result of the candidate's
submissions to it (the latest among equals).  In an attempt only the final answer counts
(a Submit during the attempt is feedback).  Practice and mock interviews feed the
``practice`` scope, vetting assessments the ``vetted`` scope; the two are never mixed.
Pending results (a rubric awaiting review, a judge error) are listed, not counted.
``recompute`` replaces the candidate's stored rows; computing again from the same
results gives the same rows.
"""

from grader import GradedResult, compute_signals
from grader.signals import GRADED, PENDING

from ..extensions import db
from ..models import Question, Result, SignalRecord, Submission
from ..models.signals import PRACTICE_SCOPE, VETTED_SCOPE
from ..models.submissions import MOCK, PRACTICE, VETTING

SCOPE_OF_CONTEXT = {PRACTICE: PRACTICE_SCOPE, MOCK: PRACTICE_SCOPE, VETTING: VETTED_SCOPE}
RESULT_PREFIX = "submission:"


def result_id(submission_id):
    """The id a submission's result carries in the signals' evidence."""
    return f"{RESULT_PREFIX}{submission_id}"


def submission_id_of(result_id_text):
    """The submission id behind an evidence id."""
    return int(result_id_text.removeprefix(RESULT_PREFIX))


def _fraction(result):
    if result.max_score:
        return min(max(result.score / result.max_score, 0.0), 1.0)
    return 1.0 if result.verdict == "AC" else 0.0


def graded_results(user_id):
    """scope -> the ``GradedResult`` of each question the candidate answered (best result per question)."""
    rows = db.session.execute(
        db.select(Submission, Result, Question).join(Result, Result.submission_id == Submission.id)
        .join(Question, Question.id == Submission.question_id)
        .where(Submission.user_id == user_id, Result.current.is_(True)).order_by(Submission.id)).all()
    best = {}
    for submission, result, question in rows:
        if not submission.final:
            continue  # a Submit during an attempt is feedback; the answer graded at the close counts
        if not question.skills or question.difficulty not in ("easy", "medium", "hard"):
            continue
        scope = SCOPE_OF_CONTEXT[submission.context]
        status = GRADED if result.status == "graded" else PENDING
        graded = GradedResult(result_id(submission.id), question.kind, tuple(question.skills), question.difficulty,
                              _fraction(result) if status == GRADED else 0.0, status)
        key = (scope, question.id)
        if key not in best or _better(graded, best[key]):
            best[key] = graded
    by_scope = {PRACTICE_SCOPE: [], VETTED_SCOPE: []}
    for (scope, _), graded in sorted(best.items()):
        by_scope[scope].append(graded)
    return by_scope


def _better(new, old):
    """Graded beats pending; a higher score beats a lower; the later of two equals wins."""
    return (new.status == GRADED, new.score) >= (old.status == GRADED, old.score)


def recompute(user_id):
    """Replace the candidate's stored signals with ones computed from their current results."""
    db.session.execute(db.delete(SignalRecord).where(SignalRecord.user_id == user_id))
    for scope, results in graded_results(user_id).items():
        for signal in compute_signals(results):
            db.session.add(SignalRecord(
                user_id=user_id, scope=scope, skill=signal.skill, score=signal.score, confidence=signal.confidence,
                evidence_weight=signal.evidence_weight,
                evidence=[{**e.to_json(), "submission_id": submission_id_of(e.result_id)} for e in signal.evidence],
                pending=[submission_id_of(p) for p in signal.pending]))
    db.session.commit()


def stored(user_id):
    """scope -> [SignalRecord] of the candidate, sorted by skill."""
    rows = db.session.execute(db.select(SignalRecord).where(SignalRecord.user_id == user_id)
                              .order_by(SignalRecord.scope, SignalRecord.skill)).scalars()
    by_scope = {PRACTICE_SCOPE: [], VETTED_SCOPE: []}
    for row in rows:
        by_scope[row.scope].append(row)
    return by_scope


def to_json(record):
    """A stored signal as the API shows it."""
    return {"skill": record.skill, "scope": record.scope, "score": record.score, "confidence": record.confidence,
            "evidence_weight": record.evidence_weight, "evidence": record.evidence, "pending": record.pending,
            "computed_at": record.computed_at.isoformat() if record.computed_at else None}
