"""Grade a closed attempt: each answered item becomes a final submission; the attempt is scored when all are done.

Scores are percentages: an item's fraction is its result's score over its maximum (an
unanswered item counts 0, a pending one 0 until reviewed); a section's score is the mean
of its items; the attempt's is the mean of every item.
"""

from .. import clock
from ..extensions import db
from ..models import Attempt, Submission
from ..models.attempts import GRADED, GRADING
from ..models.submissions import QUEUED
from . import signals
from .attempts import unfinished
from .submitting import enqueue


def hand_in(attempt_id):
    """Turn each answered item of a closed attempt into a final submission and queue it (the close task)."""
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.status != GRADING:
        return
    queued = []
    for item in (i for section in attempt.sections for i in section.items):
        if not item.has_answer or item.final_submission_id is not None:
            continue
        if item.kind == "coding" and not (item.source or "").strip():
            continue
        submission = Submission(user_id=attempt.user_id, question_id=item.question_id, version_id=item.version_id,
                                kind=item.kind, context=attempt.kind, attempt_id=attempt.id, final=True,
                                language=item.language, files=_files(item), answer=item.answer,
                                upload=item.upload, status=QUEUED, queued_at=clock.now())
        db.session.add(submission)
        db.session.flush()
        item.final_submission_id = submission.id
        queued.append(submission.id)
    db.session.commit()
    for submission_id in queued:
        enqueue(submission_id)
    if not unfinished(attempt.id):
        score(attempt)


def _files(item):
    if item.kind != "coding":
        return None
    name = (item.version.public.get("solution_file") if item.language == "python" and
            item.version.public.get("function") else None)
    from .submitting import DEFAULT_FILE
    return {name or DEFAULT_FILE[item.language]: item.source}


def on_graded(submission):
    """Called after a submission is graded: score its attempt once every final answer is done."""
    if submission.attempt_id is None or not submission.final:
        return
    attempt = db.session.get(Attempt, submission.attempt_id)
    if attempt is not None and attempt.status == GRADING and not unfinished(attempt.id):
        score(attempt)


def _fraction(item):
    if item.final_submission_id is None:
        return 0.0, False
    result = db.session.get(Submission, item.final_submission_id).result
    if result is None or not result.max_score:
        return 0.0, result is not None and result.status == "pending"
    return min(max(result.score / result.max_score, 0.0), 1.0), result.status == "pending"


def score(attempt):
    """Score every section and the attempt, mark it graded and recompute the candidate's signals."""
    every = []
    for section in attempt.sections:
        fractions = [_fraction(item)[0] for item in section.items]
        every += fractions
        section.score = round(100 * sum(fractions) / len(fractions), 1) if fractions else None
        section.max_score = 100.0
    attempt.score = round(100 * sum(every) / len(every), 1) if every else None
    attempt.max_score = 100.0
    attempt.status, attempt.graded_at = GRADED, clock.now()
    db.session.commit()
    signals.recompute(attempt.user_id)


def pending_review(attempt):
    """How many of the attempt's answers wait for a recruiter's review (free text, take-home rubrics)."""
    return sum(_fraction(item)[1] for section in attempt.sections for item in section.items)
