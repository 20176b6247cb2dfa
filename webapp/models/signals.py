"""Stored vetting signals: per candidate, scope (practice or vetted) and skill, with the evidence behind them.

They are derived data: ``webapp.services.signals.recompute`` rebuilds a candidate's
rows from their current results with ``grader.compute_signals`` (docs/signals.md).
"""

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import JSONValue, UTCDateTime, utcnow

PRACTICE_SCOPE, VETTED_SCOPE = "practice", "vetted"
SCOPES = (PRACTICE_SCOPE, VETTED_SCOPE)


class SignalRecord(db.Model):
    """One skill's signal for one candidate in one scope."""

    __tablename__ = "signals"
    __table_args__ = (UniqueConstraint("user_id", "scope", "skill"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    scope: Mapped[str] = mapped_column(String(16))
    skill: Mapped[str] = mapped_column(String(120))
    score: Mapped[float | None] = mapped_column(nullable=True)
    confidence: Mapped[float] = mapped_column(default=0.0)
    evidence_weight: Mapped[int] = mapped_column(default=0)
    evidence = mapped_column(JSONValue, default=list)
    """[{submission_id, kind, difficulty, weight, score}] behind the number."""
    pending = mapped_column(JSONValue, default=list)
    """Submission ids awaiting review (not counted)."""
    computed_at = mapped_column(UTCDateTime, default=utcnow)
