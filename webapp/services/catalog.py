"""Browse the bank: filter by kind, skill and difficulty, search, paginate."""

from sqlalchemy import func, or_

from ..extensions import db
from ..models import Question
from ..models.questions import KINDS

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def browse(*, kind=None, skill=None, difficulty=None, search=None, page=1, per_page=20):
    """A Flask-SQLAlchemy pagination of active questions matching every given filter."""
    query = db.select(Question).where(Question.active.is_(True))
    if kind in KINDS:
        query = query.where(Question.kind == kind)
    if difficulty in DIFFICULTY_ORDER:
        query = query.where(Question.difficulty == difficulty)
    if skill:
        query = query.where(Question.id.in_(questions_with_skill(skill)))
    for word in (search or "").lower().split()[:8]:
        query = query.where(or_(Question.search_text.contains(word), func.lower(Question.title).contains(word)))
    order = db.case(DIFFICULTY_ORDER, value=Question.difficulty, else_=3)
    query = query.order_by(Question.kind, order, Question.title, Question.id)
    return db.paginate(query, page=page, per_page=per_page, max_per_page=100, error_out=False)


def skills_in_bank():
    """Every skill some active question carries, sorted."""
    found = set()
    for skills in db.session.execute(db.select(Question.skills).where(Question.active.is_(True))).scalars():
        found.update(skills or ())
    return sorted(found)


def questions_with_skill(skill):
    """Ids of the active questions that carry ``skill`` exactly."""
    rows = db.session.execute(db.select(Question.id, Question.skills).where(Question.active.is_(True)))
    return [question_id for question_id, skills in rows if skill in (skills or ())]


def progress_of(user_id, question_ids):
    """question id -> ``solved`` (a full score) or ``attempted``, for the user's submissions to ``question_ids``."""
    from ..models import Result, Submission
    rows = db.session.execute(
        db.select(Submission.question_id, Result.score, Result.max_score, Result.status)
        .join(Result, Result.submission_id == Submission.id)
        .where(Submission.user_id == user_id, Submission.question_id.in_(list(question_ids)),
               Result.current.is_(True))).all()
    progress = {}
    for question_id, score, max_score, status in rows:
        solved = status == "graded" and max_score and score >= max_score
        if solved or question_id not in progress:
            progress[question_id] = "solved" if solved else progress.get(question_id, "attempted")
    return progress
