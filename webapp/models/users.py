"""Users, their role, a candidate's profile, and API tokens (stored as hashes only)."""

import hashlib
import secrets

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, Text
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from .base import JSONValue, UTCDateTime, utcnow

CANDIDATE, RECRUITER, ADMIN = "candidate", "recruiter", "admin"
ROLES = (CANDIDATE, RECRUITER, ADMIN)
PASSWORD_METHOD = "scrypt"
"""Werkzeug's scrypt (memory-hard), with a per-password salt."""
MIN_PASSWORD_LENGTH = 10
INTERNSHIP_FORMATS = ("summer", "co-op", "off-cycle", "remote")
TOKEN_PREFIX = "vk_"


class User(UserMixin, db.Model):
    """Anyone who signs in: a candidate, a recruiter or an admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16), default=CANDIDATE)
    password_hash: Mapped[str] = mapped_column(String(256))
    created_at = mapped_column(UTCDateTime, default=utcnow)
    blind_review: Mapped[bool] = mapped_column(default=False, server_default=sa_false())
    """A recruiter's switch: candidates appear under a stable alias, with nothing that identifies them."""
    session_version: Mapped[int] = mapped_column(default=1)
    """Bumped to sign a user out everywhere (Flask-Login's alternative id)."""

    profile: Mapped["Profile"] = relationship(back_populates="user", uselist=False, cascade="all, delete-orphan")

    def set_password(self, password):
        """Store a salted scrypt hash of ``password``."""
        self.password_hash = generate_password_hash(password, method=PASSWORD_METHOD)

    def check_password(self, password):
        """True when ``password`` is this user's."""
        return check_password_hash(self.password_hash, password)

    def get_id(self):
        """Flask-Login's session id: the user id and the session version."""
        return f"{self.id}:{self.session_version}"

    @property
    def is_candidate(self):
        return self.role == CANDIDATE

    @property
    def is_recruiter(self):
        return self.role == RECRUITER

    @property
    def is_admin(self):
        return self.role == ADMIN

    @property
    def display_name(self):
        """The name, or the email's local part when no name was given."""
        return self.name or self.email.split("@")[0]


class Profile(db.Model):
    """A candidate's profile: what they claim and want; recruiters see it only when ``shared``."""

    __tablename__ = "profiles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    headline: Mapped[str] = mapped_column(String(200), default="")
    claimed_skills = mapped_column(JSONValue, default=list)
    github_url: Mapped[str] = mapped_column(String(300), default="")
    portfolio_url: Mapped[str] = mapped_column(String(300), default="")
    writeups: Mapped[str] = mapped_column(Text, default="")
    """Project write-ups in Markdown."""
    location: Mapped[str] = mapped_column(String(120), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="")
    formats = mapped_column(JSONValue, default=list)
    """Internship formats wanted (``INTERNSHIP_FORMATS``)."""
    salary_hourly: Mapped[float | None] = mapped_column(default=None)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    shared: Mapped[bool] = mapped_column(default=False)
    """Visible to recruiters only when the candidate opts in."""
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    user: Mapped[User] = relationship(back_populates="profile")


def hash_token(token):
    """The stored form of an API token (SHA-256: tokens are long random strings)."""
    return hashlib.sha256(token.encode()).hexdigest()


class ApiToken(db.Model):
    """A bearer token for the JSON API; only its hash is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at = mapped_column(UTCDateTime, default=utcnow)
    last_used_at = mapped_column(UTCDateTime, nullable=True)

    user: Mapped[User] = relationship()

    @staticmethod
    def new_secret():
        """A fresh token's text (shown once)."""
        return TOKEN_PREFIX + secrets.token_urlsafe(32)
