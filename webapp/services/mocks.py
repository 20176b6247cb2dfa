"""Mock interviews and attempt summaries: what to start, past mocks, progress per skill, what to practise next."""

from datetime import timezone

from grader import compute_signals

from ..extensions import db
from ..models import Attempt, Question, Submission
from . import catalog, invites, signals, written
from .attempt_grading import pending_review

SUGGESTED_SKILLS = 3
QUESTIONS_PER_SKILL = 3
CHART_SKILLS = 6
CHART_POINTS = 30


def mock_blueprints():
    """The mock interview blueprints, in the order candidates meet their stages."""
    from assessments import STAGES
    mocks = invites.blueprints("mock")
    return sorted(mocks, key=lambda b: (STAGES.index(b.stage) if b.stage in STAGES else len(STAGES), b.id))


def overview(user):
    """Everything the mock interviews page shows."""
    history = db.session.execute(db.select(Attempt).filter_by(user_id=user.id, kind="mock")
                                 .order_by(Attempt.id.desc())).scalars().all()
    return {"blueprints": mock_blueprints(), "history": history, "chart": progress_chart(user.id),
            "suggestions": suggestions(user.id)}


def progress_series(user_id):
    """skill -> [(when, score)]: the practice signal after each day with graded work, oldest first."""
    by_scope = signals.graded_results(user_id)
    results = by_scope["practice"]
    when = dict(db.session.execute(db.select(Submission.id, Submission.graded_at).where(
        Submission.id.in_([signals.submission_id_of(r.result_id) for r in results]))).all())
    days = sorted({when[signals.submission_id_of(r.result_id)].date() for r in results
                   if when.get(signals.submission_id_of(r.result_id))})[-CHART_POINTS:]
    series = {}
    for day in days:
        upto = [r for r in results if when.get(signals.submission_id_of(r.result_id))
                and when[signals.submission_id_of(r.result_id)].date() <= day]
        for signal in compute_signals(upto):
            if signal.score is not None:
                series.setdefault(signal.skill, []).append((day, signal.score))
    return series


def progress_chart(user_id, width=640, height=240, pad=36):
    """An SVG line chart of ``progress_series`` (drawn on the server: no script needed), or None."""
    series = progress_series(user_id)
    if not series:
        return None
    skills = sorted(series, key=lambda s: (-len(series[s]), s))[:CHART_SKILLS]
    days = sorted({day for skill in skills for day, _ in series[skill]})
    x_of = {day: pad + (width - 2 * pad) * (i / max(len(days) - 1, 1)) for i, day in enumerate(days)}
    lines = []
    for index, skill in enumerate(skills):
        points = [(round(x_of[day], 1), round(height - pad - (height - 2 * pad) * score / 100, 1))
                  for day, score in series[skill]]
        lines.append({"skill": skill, "colour": index, "points": points,
                      "path": " ".join(f"{x},{y}" for x, y in points)})
    return {"width": width, "height": height, "pad": pad, "lines": lines,
            "first": days[0], "last": days[-1], "grid": [0, 25, 50, 75, 100]}


def suggestions(user_id):
    """The weakest practised skills, each with unsolved questions to try next (easiest first)."""
    weakest = sorted((s for s in signals.stored(user_id)["practice"] if s.score is not None),
                     key=lambda s: (s.score, -s.confidence, s.skill))[:SUGGESTED_SKILLS]
    picks = []
    for signal in weakest:
        ids = catalog.questions_with_skill(signal.skill)
        progress = catalog.progress_of(user_id, ids)
        order = db.case(catalog.DIFFICULTY_ORDER, value=Question.difficulty, else_=3)
        candidates = db.session.execute(db.select(Question).where(Question.id.in_(ids)).order_by(
            order, Question.kind, Question.id)).scalars()
        questions = [q for q in candidates if progress.get(q.id) != "solved"][:QUESTIONS_PER_SKILL]
        picks.append({"signal": signal, "questions": questions})
    return picks


def summary(attempt, *, viewer_owns=True):
    """Per section, each item with its final submission, the candidate's view of its result and, for a written
    answer once the mock has ended, its model answer, rubric and self-check (``written``; only for the owner)."""
    from ..views import candidate_view
    sections = []
    for section in attempt.sections:
        rows = []
        for item in section.items:
            submission = db.session.get(Submission, item.final_submission_id) if item.final_submission_id else None
            rows.append({"item": item, "submission": submission,
                         "view": candidate_view(submission) if submission and submission.result else None,
                         "written": None if not viewer_owns else written.feedback(submission) if submission
                         else written.unanswered_feedback(attempt, item)})
        sections.append({"section": section, "items": rows})
    feedback = attempt.kind == "mock" and attempt.status == "graded"
    return {"sections": sections, "pending": pending_review(attempt) if attempt.status == "graded" else 0,
            "feedback": feedback}


def attempts_of_invite(invite):
    """The attempts made from ``invite``, newest first."""
    return db.session.execute(db.select(Attempt).filter_by(invite_id=invite.id).order_by(Attempt.id.desc())
                              ).scalars().all()


def as_utc(moment):
    """``moment`` as an aware UTC datetime (for ISO strings the page's countdown reads)."""
    return moment.astimezone(timezone.utc) if moment else None
