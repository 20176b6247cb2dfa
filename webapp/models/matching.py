"""Roles recruiters hire for and the matches proposed for them (Match Day): skills and evidence over proxies.

A role states its salary range up front and the skills it needs with a minimum vetted
score each.  A ``Match`` is proposed by the matcher with its score and explanation;
a human confirms or rejects it (with a note); the candidate then accepts or declines
an introduction.
"""

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import JSONValue, UTCDateTime, utcnow
from .users import User

ROLE_TRACKS = ("ml-engineering", "llm-engineering", "ml-ops", "applied-research", "ai-safety",
               "software-engineering")
ROLE_LEVELS = ("intern", "new-grad")
PROPOSED, CONFIRMED, REJECTED = "proposed", "confirmed", "rejected"
PENDING, ACCEPTED, DECLINED = "pending", "accepted", "declined"


class Role(db.Model):
    """An internship role with its committed salary range and needed skills."""

    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    recruiter_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    company: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    track: Mapped[str] = mapped_column(String(32))
    level: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(String(200), default="")
    remote: Mapped[bool] = mapped_column(default=False)
    timezones = mapped_column(JSONValue, default=list)
    """Time zones (IANA names or region prefixes such as 'Europe/') a remote hire may work from; empty: any."""
    formats = mapped_column(JSONValue, default=list)
    """Internship formats offered (summer, co-op, off-cycle, remote); empty: any."""
    salary_min: Mapped[float] = mapped_column()
    salary_max: Mapped[float] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    skills = mapped_column(JSONValue, default=dict)
    """skill id -> the minimum vetted score (0-100) the role needs."""
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at = mapped_column(UTCDateTime, default=utcnow)

    recruiter: Mapped[User] = relationship()


class Match(db.Model):
    """A candidate proposed for a role, with why; a human decides, then the candidate answers."""

    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("role_id", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    score: Mapped[float] = mapped_column(default=0.0)
    explanation = mapped_column(JSONValue, default=list)
    missing = mapped_column(JSONValue, default=list)
    status: Mapped[str] = mapped_column(String(16), default=PROPOSED)
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at = mapped_column(UTCDateTime, nullable=True)
    response: Mapped[str] = mapped_column(String(16), default=PENDING)
    responded_at = mapped_column(UTCDateTime, nullable=True)
    created_at = mapped_column(UTCDateTime, default=utcnow)

    role: Mapped[Role] = relationship()
    candidate: Mapped[User] = relationship(foreign_keys=[candidate_id])
