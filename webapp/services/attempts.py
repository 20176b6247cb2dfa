"""Attempts at a blueprint, vetting or mock: start once, work section by section, close, grade, score.

Exam rules hold on the server: a section's clock starts when the candidate starts it, every
save after its deadline is refused (what was saved before stays and is graded), and an
attempt closes by itself when every section has closed.  Answers are autosaved on the
attempt's items; at the close each answered item becomes a final submission graded in the
background, and the attempt is scored once they are all done.
"""

import hashlib
import random
from datetime import timedelta

from flask import current_app
from sqlalchemy.exc import IntegrityError

from assessments import BlueprintError, draw_form, load_pool

from .. import clock
from ..extensions import db
from ..models import Attempt, AttemptItem, AttemptSection, Question, Submission
from ..models.attempts import CLOSED, GRADED, GRADING, OPEN, RUNNING, UPCOMING
from .invites import blueprint_or_refuse
from .submitting import Refused

SEED_BITS = 31


def vetting_seed(user, invite):
    """The candidate's seed for an invite: stable, so the same candidate always gets the same form."""
    digest = hashlib.sha256(f"vetkit-attempt\0{invite.token}\0{user.id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") >> (32 - SEED_BITS)


def _existing(user, invite):
    return db.session.execute(db.select(Attempt).filter_by(user_id=user.id, invite_id=invite.id)).scalar_one_or_none()


def _questions(form):
    ids = list(form.item_ids)
    found = {q.id: q for q in db.session.execute(db.select(Question).where(Question.id.in_(ids))).scalars()}
    missing = [i for i in ids if i not in found or not found[i].active or found[i].current_version_id is None]
    if missing:
        raise Refused(503, "The question bank is being updated; try again in a minute (nothing was started).")
    return found


def _build(user, blueprint, seed, invite=None):
    try:
        form = draw_form(blueprint, load_pool(current_app.config.get("BANK_PATH")), seed)
    except BlueprintError as exc:
        raise Refused(503, f"This assessment cannot be drawn from the bank right now: {exc}") from None
    questions = _questions(form)
    now = clock.now()
    attempt = Attempt(user_id=user.id, invite_id=invite.id if invite else None, blueprint_id=blueprint.id,
                      kind=blueprint.kind, title=blueprint.title, seed=seed, form=form.to_json(), status=OPEN,
                      started_at=now, closes_at=now + timedelta(days=current_app.config["ATTEMPT_WINDOW_DAYS"]))
    for position, part in enumerate(form.sections):
        section = AttemptSection(section_id=part.id, position=position, kind=part.kind, title=part.title,
                                 minutes=part.minutes, deadline_hours=part.deadline_hours)
        section.items = [AttemptItem(position=i, question_id=item.id, version_id=questions[item.id].current_version_id,
                                     kind=item.kind, attempt=attempt) for i, item in enumerate(part.items)]
        attempt.sections.append(section)
    return attempt


def start_vetting(user, invite):
    """The candidate's attempt for ``invite``: ``(attempt, created)``; never a second one, even from two tabs."""
    existing = _existing(user, invite)
    if existing is not None:
        return existing, False
    attempt = _build(user, blueprint_or_refuse(invite.blueprint_id, "vetting"), vetting_seed(user, invite), invite)
    db.session.add(attempt)
    try:
        db.session.commit()
    except IntegrityError:  # another tab started it at the same moment
        db.session.rollback()
        return _existing(user, invite), False
    return attempt, True


def start_mock(user, blueprint_id):
    """A new mock interview of ``blueprint_id`` for the candidate (a fresh draw each time)."""
    attempt = _build(user, blueprint_or_refuse(blueprint_id, "mock"), random.SystemRandom().getrandbits(SEED_BITS))
    db.session.add(attempt)
    db.session.commit()
    return attempt


def _close_section(section, when):
    if section.closed_at is None:
        section.closed_at = when


def refresh(attempt):
    """Apply the clock: close sections past their deadline (or never started in time), then the attempt."""
    if attempt.status != OPEN:
        return attempt
    now = clock.now()
    for section in attempt.sections:
        if section.state == RUNNING and section.deadline <= now:
            _close_section(section, section.deadline)
        elif section.state == UPCOMING and attempt.closes_at and attempt.closes_at <= now:
            _close_section(section, attempt.closes_at)
    db.session.commit()
    if all(section.state == CLOSED for section in attempt.sections):
        close_attempt(attempt)
    return attempt


def _section(attempt, section_id):
    section = next((s for s in attempt.sections if s.section_id == section_id), None)
    if section is None:
        raise Refused(404, f"This assessment has no section {section_id!r}.")
    return section


def start_section(attempt, section_id):
    """Start a section's clock (again: nothing happens); Refused(409) once it or the attempt has closed."""
    refresh(attempt)
    section = _section(attempt, section_id)
    if attempt.status != OPEN or section.state == CLOSED:
        raise Refused(409, f"The section '{section.title}' has closed; its saved answers will be graded.")
    if section.state == UPCOMING:
        now = clock.now()
        length = timedelta(minutes=section.minutes) if section.minutes else timedelta(hours=section.deadline_hours)
        section.started_at, section.deadline = now, now + length
        db.session.commit()
    return section


def finish_section(attempt, section_id):
    """Close a running section early (the candidate is done with it)."""
    section = start_section(attempt, section_id) if _section(attempt, section_id).state != CLOSED else None
    if section is not None:
        _close_section(section, clock.now())
        db.session.commit()
    return refresh(attempt)


def finish_attempt(attempt):
    """Close every section and the attempt; grading starts in the background."""
    refresh(attempt)
    if attempt.status == OPEN:
        now = clock.now()
        for section in attempt.sections:
            _close_section(section, now)
        db.session.commit()
        close_attempt(attempt)
    return attempt


def item_for_saving(attempt, question_id):
    """The attempt's item for ``question_id`` if its section is running; Refused(409/404) otherwise."""
    refresh(attempt)
    item = db.session.execute(db.select(AttemptItem).filter_by(attempt_id=attempt.id, question_id=question_id)
                              ).scalar_one_or_none()
    if item is None:
        raise Refused(404, f"Question {question_id!r} is not part of this assessment.")
    section = item.section
    if attempt.status != OPEN:
        raise Refused(409, "This assessment has ended; your saved answers are being graded and cannot change.")
    if section.state == UPCOMING:
        raise Refused(409, f"Start the section '{section.title}' before answering its questions.")
    if section.state == CLOSED:
        raise Refused(409, f"The time for '{section.title}' is up: this answer was not saved, and what you saved "
                           "before the deadline is kept and will be graded.")
    return item


def close_attempt(attempt):
    """Mark the attempt as grading and queue the task that hands its answers to the grader."""
    if attempt.status != OPEN:
        return
    attempt.status, attempt.finished_at = GRADING, clock.now()
    db.session.commit()
    from ..tasks import close_attempt_task
    close_attempt_task(attempt.id)


def unfinished(attempt_id):
    """How many final submissions of the attempt are not graded yet."""
    return db.session.scalar(db.select(db.func.count()).select_from(Submission).where(
        Submission.attempt_id == attempt_id, Submission.final.is_(True),
        Submission.status.in_(("queued", "running"))))


def sweep_attempts():
    """Close attempts whose time is up, and finish the grading of closed ones whose hand-in was lost."""
    from ..tasks import close_attempt_task
    from .attempt_grading import score
    closed = 0
    for attempt in db.session.execute(db.select(Attempt).where(Attempt.status == OPEN)).scalars().all():
        refresh(attempt)
        closed += attempt.status != OPEN
    for attempt in db.session.execute(db.select(Attempt).where(Attempt.status == GRADING)).scalars().all():
        items = [i for s in attempt.sections for i in s.items]
        if any(i.has_answer and i.final_submission_id is None for i in items):
            close_attempt_task(attempt.id)
        elif not unfinished(attempt.id):
            score(attempt)
    return closed
