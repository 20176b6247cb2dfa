"""Vetting invites, attempts at a blueprint (vetting or mock), their sections, items and integrity records.

An ``Attempt`` holds the form drawn for one candidate (blueprint and seed, never
redrawn).  Each ``AttemptSection`` starts when the candidate starts it and closes at
its deadline or when they finish it; the server enforces the deadline.  Each
``AttemptItem`` keeps the candidate's autosaved answer; when the attempt closes, each
answered item becomes a final ``Submission`` (context vetting or mock) that is graded
like any other.  ``IntegrityEvent`` rows (pastes, focus lost, time, saves with their
IP) are shown to reviewers and never used to score.
"""

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ..extensions import db
from .base import JSONValue, UTCDateTime, utcnow
from .users import User

OPEN, GRADING, GRADED = "open", "grading", "graded"
ATTEMPT_STATUSES = (OPEN, GRADING, GRADED)
UPCOMING, RUNNING, CLOSED = "upcoming", "running", "closed"


class Invite(db.Model):
    """A recruiter's invitation to a vetting assessment: for one email address, or a link for many."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    blueprint_id: Mapped[str] = mapped_column(String(120))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    """None: a link anyone with it may use (once each)."""
    expires_at = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str] = mapped_column(String(300), default="")
    created_at = mapped_column(UTCDateTime, default=utcnow)

    creator: Mapped[User] = relationship()


class Attempt(db.Model):
    """One candidate's attempt at a blueprint: a vetting assessment (from an invite) or a mock interview."""

    __tablename__ = "attempts"
    __table_args__ = (UniqueConstraint("invite_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    invite_id: Mapped[int | None] = mapped_column(ForeignKey("invites.id"), nullable=True, index=True)
    blueprint_id: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))
    """vetting or mock (the blueprint's kind)."""
    title: Mapped[str] = mapped_column(String(300), default="")
    seed: Mapped[int] = mapped_column()
    form = mapped_column(JSONValue, default=dict)
    """The drawn form as ``assessments.Form.to_json``: enough to rebuild it."""
    status: Mapped[str] = mapped_column(String(16), default=OPEN)
    started_at = mapped_column(UTCDateTime, default=utcnow)
    closes_at = mapped_column(UTCDateTime, nullable=True)
    """Sections not started by then close empty."""
    finished_at = mapped_column(UTCDateTime, nullable=True)
    graded_at = mapped_column(UTCDateTime, nullable=True)
    score: Mapped[float | None] = mapped_column(nullable=True)
    max_score: Mapped[float | None] = mapped_column(nullable=True)

    user: Mapped[User] = relationship()
    invite: Mapped[Invite | None] = relationship()
    sections: Mapped[list["AttemptSection"]] = relationship(back_populates="attempt", order_by="AttemptSection.position",
                                                            cascade="all, delete-orphan")


class AttemptSection(db.Model):
    """A timed part of an attempt; its clock starts when the candidate starts it."""

    __tablename__ = "attempt_sections"
    __table_args__ = (UniqueConstraint("attempt_id", "section_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), index=True)
    section_id: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    minutes: Mapped[int | None] = mapped_column(nullable=True)
    deadline_hours: Mapped[int | None] = mapped_column(nullable=True)
    started_at = mapped_column(UTCDateTime, nullable=True)
    deadline = mapped_column(UTCDateTime, nullable=True)
    closed_at = mapped_column(UTCDateTime, nullable=True)
    score: Mapped[float | None] = mapped_column(nullable=True)
    max_score: Mapped[float | None] = mapped_column(nullable=True)

    attempt: Mapped[Attempt] = relationship(back_populates="sections")
    items: Mapped[list["AttemptItem"]] = relationship(back_populates="section", order_by="AttemptItem.position",
                                                      cascade="all, delete-orphan")

    @property
    def state(self):
        """upcoming, running or closed."""
        if self.closed_at is not None:
            return CLOSED
        return RUNNING if self.started_at is not None else UPCOMING


class AttemptItem(db.Model):
    """One question of an attempt with the candidate's autosaved answer."""

    __tablename__ = "attempt_items"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), index=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("attempt_sections.id"), index=True)
    position: Mapped[int] = mapped_column()
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("question_versions.id"))
    kind: Mapped[str] = mapped_column(String(16))
    answer = mapped_column(JSONValue, nullable=True)
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)
    upload = deferred(mapped_column(LargeBinary, nullable=True))
    saved_at = mapped_column(UTCDateTime, nullable=True)
    saves: Mapped[int] = mapped_column(default=0)
    seconds_spent: Mapped[int] = mapped_column(default=0)
    final_submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id", use_alter=True,
                                                                       name="fk_item_final_submission"), nullable=True)

    section: Mapped[AttemptSection] = relationship(back_populates="items")
    attempt: Mapped[Attempt] = relationship()
    question = relationship("Question")
    version = relationship("QuestionVersion")

    @property
    def has_answer(self):
        """True once something was saved."""
        return self.saved_at is not None


class IntegrityEvent(db.Model):
    """Something a reviewer may want to know about how an answer was made; never used to score."""

    __tablename__ = "integrity_events"
    __table_args__ = (Index("ix_integrity_attempt", "attempt_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    question_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    """paste, blur, focus, save, time."""
    size: Mapped[int | None] = mapped_column(nullable=True)
    """Characters pasted, bytes saved or milliseconds spent."""
    ip: Mapped[str] = mapped_column(String(64), default="")
    at = mapped_column(UTCDateTime, default=utcnow)
