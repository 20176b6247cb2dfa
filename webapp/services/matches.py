"""Stored matches: refreshed from the matcher, decided by a human, answered by the candidate.

``refresh(role)`` runs the matcher on what the role's recruiter may see now and brings the
``Match`` rows up to date: new matches are proposed, scores and explanations follow the
signals, undecided proposals that no longer fit are dropped, and every decision (with its
note) and every candidate's answer stays.  A closed role's rows are frozen.
"""

from dataclasses import dataclass, field

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy.exc import IntegrityError

from ..access import can_answer_match
from ..extensions import db
from ..models import Match
from ..models.base import utcnow
from ..models.matching import ACCEPTED, CONFIRMED, DECLINED, PENDING, PROPOSED, REJECTED
from . import matching, roles
from .candidates import alias, visible_ids
from .submitting import Refused

DECISIONS = {"confirm": CONFIRMED, "reject": REJECTED}
ANSWERS = {"accept": ACCEPTED, "decline": DECLINED}
MAX_NOTE_CHARS = 2000
"""Longest note on a decision."""


@dataclass
class Evaluation:
    """The matcher's outcome for every considered candidate of a role, and their facts."""

    outcomes: list = field(default_factory=list)
    facts: dict = field(default_factory=dict)

    @property
    def left_out(self):
        """Considered candidates a filter left out, best first."""
        return [outcome for outcome in self.outcomes if not outcome.eligible]


def evaluate(role):
    """Run the matcher for ``role`` (nothing is stored)."""
    facts = roles.candidate_facts(role)
    return Evaluation(matching.rank(matching.RoleNeeds.of(role), facts), {f.candidate_id: f for f in facts})


def _apply(role, evaluation):
    outcomes = {outcome.candidate_id: outcome for outcome in evaluation.outcomes}
    stored = {match.candidate_id: match for match in db.session.scalars(db.select(Match).filter_by(role_id=role.id))}
    for candidate_id, match in stored.items():
        outcome = outcomes.get(candidate_id)
        if match.status == PROPOSED and (outcome is None or not outcome.eligible):
            db.session.delete(match)
        elif outcome is not None:
            _update(match, outcome)
    for outcome in evaluation.outcomes:
        if outcome.eligible and outcome.candidate_id not in stored:
            db.session.add(Match(role_id=role.id, candidate_id=outcome.candidate_id, score=outcome.score,
                                 explanation=outcome.explanation, missing=outcome.missing))
    db.session.commit()


def _update(match, outcome):
    for name in ("score", "explanation", "missing"):
        if getattr(match, name) != getattr(outcome, name):
            setattr(match, name, getattr(outcome, name))


def refresh(role):
    """Bring the role's stored matches up to date (unless it is closed); its ``Evaluation``."""
    evaluation = evaluate(role)
    if not role.active:
        return evaluation
    try:
        _apply(role, evaluation)
    except IntegrityError:  # another request stored the same match first: apply again over its rows
        db.session.rollback()
        _apply(role, evaluation)
    return evaluation


def qualified(match):
    """True when the stored match meets every skill minimum."""
    return not any(entry.get("kind") == "skill" for entry in match.missing or ())


def ranked(role):
    """[(rank, match)] of the role's stored matches whose candidate its recruiter may still see, best first."""
    rows = db.session.scalars(db.select(Match).where(
        Match.role_id == role.id, Match.candidate_id.in_(list(visible_ids(role.recruiter)))))
    order = sorted(rows, key=lambda m: (not qualified(m), -m.score, m.candidate_id))
    return list(enumerate(order, start=1))


def counts(ranked_rows):
    """status -> how many of ``ranked_rows`` have it."""
    found = {PROPOSED: 0, CONFIRMED: 0, REJECTED: 0}
    for _, match in ranked_rows:
        found[match.status] = found.get(match.status, 0) + 1
    return found


def status_counts(role_ids):
    """role id -> status -> how many stored matches (for lists of roles)."""
    found = {}
    rows = db.session.execute(db.select(Match.role_id, Match.status, db.func.count()).where(
        Match.role_id.in_(list(role_ids))).group_by(Match.role_id, Match.status))
    for role_id, status, count in rows:
        found.setdefault(role_id, {})[status] = count
    return found


class ListPage(Pagination):
    """A page of an in-memory list, shaped like Flask-SQLAlchemy's pages (the templates' pagination macro)."""

    def _query_items(self):
        start = (self.page - 1) * self.per_page
        return self._query_args["items"][start:start + self.per_page]

    def _query_count(self):
        return len(self._query_args["items"])


def page_of(items, page, per_page):
    """Page ``page`` (from 1) of ``items``; a page past the end is empty, not an error."""
    return ListPage(page=max(page, 1), per_page=per_page, max_per_page=None, error_out=False, items=list(items))


def candidate_label(viewer, candidate):
    """How ``viewer`` names a candidate on these pages: their name, or a stable alias under blind review."""
    return alias(candidate.id) if getattr(viewer, "blind_review", False) else candidate.display_name


def decide(role, candidate_id, user, decision, note):
    """Confirm or reject the proposed match of ``candidate_id`` with a note; the updated ``Match``."""
    note = (note or "").strip()
    if decision not in DECISIONS:
        raise Refused(422, "Decide with 'confirm' or 'reject'.")
    if not note:
        raise Refused(422, "Write a note saying why you confirm or reject this match.")
    if len(note) > MAX_NOTE_CHARS:
        raise Refused(422, f"The note is too long: at most {MAX_NOTE_CHARS:,} characters.")
    match = next((m for _, m in ranked(role) if m.candidate_id == candidate_id), None)
    if match is None:
        raise Refused(404, f"Candidate {candidate_id} is not a match for this role.")
    if not role.active:
        raise Refused(409, "This role is closed; reopen it to decide on its matches.")
    if match.response != PENDING:
        raise Refused(409, f"The candidate already {match.response} the introduction; the decision stands.")
    match.status, match.note, match.decided_by, match.decided_at = DECISIONS[decision], note, user.id, utcnow()
    db.session.commit()
    return match


def candidate_query(user):
    """A select of the candidate's confirmed matches, newest decision first."""
    return (db.select(Match).where(Match.candidate_id == user.id, Match.status == CONFIRMED)
            .order_by(Match.decided_at.desc(), Match.id.desc()))


def answer(user, match_id, reply):
    """The candidate accepts or declines an introduction (and may change their mind while the role is open)."""
    match = db.session.get(Match, match_id)
    if not can_answer_match(user, match):
        raise Refused(404, f"There is no introduction {match_id} for you.")
    if reply not in ANSWERS:
        raise Refused(422, "Answer with 'accept' or 'decline'.")
    if not match.role.active:
        raise Refused(409, "This role has closed; the recruiter no longer takes introductions for it.")
    match.response, match.responded_at = ANSWERS[reply], utcnow()
    db.session.commit()
    return match
