"""Questions synced from the bank, with one version per content hash.

A ``Question`` is the bank's item under its bank id (a problem's folder name, a quiz
item's id, a take-home's folder name).  Each sync that finds new content adds a
``QuestionVersion``; submissions point at the version they were graded against, so
changing the bank never changes what an old result meant.  ``public`` holds what a
candidate may see; ``private`` what only the grader and recruiters may (a quiz item's
key, rubric and explanation); coding problems and take-homes keep their files in a
snapshot folder named by ``snapshot``.
"""

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import JSONValue, UTCDateTime, utcnow

CODING, QUIZ, TAKEHOME = "coding", "quiz", "takehome"
KINDS = (CODING, QUIZ, TAKEHOME)


class Question(db.Model):
    """One item of the bank, as candidates browse it."""

    __tablename__ = "questions"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    type: Mapped[str] = mapped_column(String(32))
    """pass-fail or scoring (coding), the item type (quiz), notebook (take-home)."""
    title: Mapped[str] = mapped_column(String(300))
    difficulty: Mapped[str] = mapped_column(String(16), index=True)
    skills = mapped_column(JSONValue, default=list)
    estimated_minutes: Mapped[int | None] = mapped_column(default=None)
    search_text: Mapped[str] = mapped_column(Text, default="")
    """Lower-cased title, id, skills and the start of the statement, for search."""
    active: Mapped[bool] = mapped_column(default=True)
    """False once the item left the bank (its old submissions stay readable)."""
    current_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("question_versions.id", use_alter=True, name="fk_question_current_version"), nullable=True)

    current_version: Mapped["QuestionVersion"] = relationship(foreign_keys=[current_version_id], post_update=True)

    @property
    def public(self):
        """What candidates may see of the current version."""
        return self.current_version.public if self.current_version else {}


class QuestionVersion(db.Model):
    """One content of a question, identified by its hash."""

    __tablename__ = "question_versions"
    __table_args__ = (UniqueConstraint("question_id", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    public = mapped_column(JSONValue, default=dict)
    private = mapped_column(JSONValue, default=dict)
    snapshot: Mapped[str] = mapped_column(String(500), default="")
    """The folder (relative to the snapshot root) holding this version's files, for coding and take-homes."""
    created_at = mapped_column(UTCDateTime, default=utcnow)

    question: Mapped[Question] = relationship(foreign_keys=[question_id])
