"""Submissions, their results and candidates' drafts.

The submission row is the source of truth of grading: it is written (``queued``)
before a task is enqueued, claimed (``running``) by one worker, and ends ``graded``
or ``failed``.  A worker that dies leaves it ``running`` with its ``worker`` name;
the sweep puts it back in the queue.  Every grading adds a ``Result``; the newest is
``current`` (a rejudge or a review adds one, old ones stay).
"""

from sqlalchemy import true as sa_true
from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ..extensions import db
from .base import JSONValue, UTCDateTime, utcnow
from .questions import Question, QuestionVersion
from .users import User

QUEUED, RUNNING, GRADED, FAILED = "queued", "running", "graded", "failed"
STATUSES = (QUEUED, RUNNING, GRADED, FAILED)
PRACTICE, VETTING, MOCK = "practice", "vetting", "mock"
CONTEXTS = (PRACTICE, VETTING, MOCK)


class Submission(db.Model):
    """One answer handed in: code, a quiz answer or a notebook."""

    __tablename__ = "submissions"
    __table_args__ = (UniqueConstraint("user_id", "client_token"), Index("ix_submissions_status", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("question_versions.id"))
    kind: Mapped[str] = mapped_column(String(16))
    context: Mapped[str] = mapped_column(String(16), default=PRACTICE)
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)
    files = mapped_column(JSONValue, nullable=True)
    """Coding: file name to source text."""
    answer = mapped_column(JSONValue, nullable=True)
    """Quiz: the response as given (an option id, a list of ids, a number or text)."""
    upload = deferred(mapped_column(LargeBinary, nullable=True))
    """Take-home: the notebook's bytes."""
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id", name="fk_submissions_attempt"),
                                                   nullable=True, index=True)
    """The attempt (vetting or mock) this answer belongs to; None in practice."""
    final: Mapped[bool] = mapped_column(default=True, server_default=sa_true())
    """False for a Submit made during an attempt (feedback only); the answer graded at its close is final."""
    client_token: Mapped[str | None] = mapped_column(String(64), nullable=True)
    """The form's one-time token: the same form posted twice gives one submission."""
    status: Mapped[str] = mapped_column(String(16), default=QUEUED)
    tries: Mapped[int] = mapped_column(default=0)
    delay_reason: Mapped[str] = mapped_column(Text, default="")
    """Why grading waits (the engine is down...), shown to the candidate; empty when all is well."""
    worker: Mapped[str] = mapped_column(String(200), default="")
    """host:pid of the worker grading it while ``running``."""
    created_at = mapped_column(UTCDateTime, default=utcnow, index=True)
    queued_at = mapped_column(UTCDateTime, nullable=True)
    """When it was last put in the queue (the sweep queues again what waits too long)."""
    started_at = mapped_column(UTCDateTime, nullable=True)
    graded_at = mapped_column(UTCDateTime, nullable=True)

    user: Mapped[User] = relationship()
    question: Mapped[Question] = relationship()
    version: Mapped[QuestionVersion] = relationship()
    results: Mapped[list["Result"]] = relationship(back_populates="submission", order_by="Result.id",
                                                   cascade="all, delete-orphan")

    @property
    def result(self):
        """The current result, None before grading."""
        return next((r for r in reversed(self.results) if r.current), None)

    @property
    def is_done(self):
        """True once graded or failed."""
        return self.status in (GRADED, FAILED)


class Result(db.Model):
    """One grading of a submission: verdict, score and the grader's full detail (for recruiters)."""

    __tablename__ = "results"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    current: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(String(16), default="grader")
    """grader, rejudge, rubric or override."""
    version_id: Mapped[int | None] = mapped_column(ForeignKey("question_versions.id", name="fk_results_version"),
                                                   nullable=True)
    """The question version this result was graded against (a rejudge uses a newer one)."""
    rejudge_id: Mapped[int | None] = mapped_column(ForeignKey("rejudges.id", name="fk_results_rejudge"),
                                                   nullable=True)
    """The rejudge that made this result: a preview until it is applied (then current)."""
    verdict: Mapped[str | None] = mapped_column(String(16), nullable=True)
    """Coding: the judge's verdict; quiz: correct/incorrect/partial/pending; take-home: graded/pending_rubric."""
    status: Mapped[str] = mapped_column(String(16), default="graded")
    """graded or pending (free text or a take-home rubric awaiting a recruiter, or a judge error)."""
    score: Mapped[float] = mapped_column(default=0.0)
    max_score: Mapped[float] = mapped_column(default=0.0)
    detail = mapped_column(JSONValue, default=dict)
    """The grader's whole result (hidden tests, keys...): recruiters only; candidates get ``webapp.views``."""
    artifact = deferred(mapped_column(LargeBinary, nullable=True))
    """Take-home: the executed notebook (evidence for review)."""
    created_at = mapped_column(UTCDateTime, default=utcnow)

    submission: Mapped[Submission] = relationship(back_populates="results")


class Draft(db.Model):
    """A candidate's unsubmitted code, per question and language."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "question_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    language: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(Text, default="")
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
