"""Recruiters' review of graded work: comments on candidates, the append-only audit trail, similarity flags
and rejudges.

``AuditEntry`` rows record who changed what, when, from what and to what (and why);
the app can add them but never change or delete one (``before_update`` and
``before_delete`` refuse it).
"""

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import JSONValue, UTCDateTime, utcnow
from .users import User


class Comment(db.Model):
    """A note of the hiring team on a candidate (visible to staff only)."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User] = relationship(foreign_keys=[author_id])


class AuditEntry(db.Model):
    """One change to a submission's grade: rubric scores, an override, an applied rejudge."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_submission", "submission_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(24))
    """rubric, override or rejudge."""
    before = mapped_column(JSONValue, default=dict)
    after = mapped_column(JSONValue, default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at = mapped_column(UTCDateTime, default=utcnow)

    actor: Mapped[User | None] = relationship()


@event.listens_for(AuditEntry, "before_update")
def _no_edit(mapper, connection, target):
    raise PermissionError("the audit trail is append-only: entries cannot be changed")


@event.listens_for(AuditEntry, "before_delete")
def _no_delete(mapper, connection, target):
    raise PermissionError("the audit trail is append-only: entries cannot be deleted")


class SimilarityFlag(db.Model):
    """Two submissions to one coding question whose code is suspiciously alike (for a human to judge)."""

    __tablename__ = "similarity_flags"
    __table_args__ = (UniqueConstraint("first_id", "second_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), index=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"))
    second_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"))
    similarity: Mapped[float] = mapped_column()
    """The larger of the two shares of copied tokens (0-1)."""
    computed_at = mapped_column(UTCDateTime, default=utcnow)


class Rejudge(db.Model):
    """Grading a question's submissions again after its tests changed: a preview, then (maybe) applied."""

    __tablename__ = "rejudges"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("question_versions.id"))
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(16), default="running")
    """running, preview (done, not applied) or applied."""
    total: Mapped[int] = mapped_column(default=0)
    done: Mapped[int] = mapped_column(default=0)
    created_at = mapped_column(UTCDateTime, default=utcnow)
    applied_at = mapped_column(UTCDateTime, nullable=True)
