"""Accounts: creating users, checking passwords, API tokens and the demo accounts of `make run`."""

import secrets
from datetime import timedelta

from email_validator import EmailNotValidError, validate_email

from ..extensions import db
from ..models import ApiToken, Profile, User
from ..models.base import utcnow
from ..models.users import MIN_PASSWORD_LENGTH, ROLES, hash_token

DEMO_ACCOUNTS = (("candidate@demo.vetkit", "Casey Candidate", "candidate"),
                 ("recruiter@demo.vetkit", "Riley Recruiter", "recruiter"),
                 ("admin@demo.vetkit", "Ada Admin", "admin"))

LAST_USED_STEP = timedelta(minutes=1)
"""How stale a token's ``last_used_at`` may get before a request writes it again."""


class AccountError(ValueError):
    """An account cannot be created or changed as asked; the message says why and what to do."""


def normalise_email(email):
    """The email address in its normal form, or AccountError with a sentence."""
    try:
        return validate_email(email or "", check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise AccountError(f"{email!r} is not a valid email address: {exc}") from None


def check_password_strength(password):
    """AccountError unless ``password`` is long enough."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Choose a password of at least {MIN_PASSWORD_LENGTH} characters.")


def find_user(email):
    """The user with this email (any case), or None."""
    try:
        email = normalise_email(email)
    except AccountError:
        return None
    return db.session.execute(db.select(User).filter_by(email=email)).scalar_one_or_none()


def create_user(email, password, *, role="candidate", name=""):
    """A new user (with an empty profile for candidates); AccountError for a taken email or weak password."""
    if role not in ROLES:
        raise AccountError(f"Role {role!r} is unknown; use one of {', '.join(ROLES)}.")
    email = normalise_email(email)
    check_password_strength(password)
    if find_user(email) is not None:
        raise AccountError(f"An account for {email} already exists; sign in instead.")
    user = User(email=email, name=(name or "").strip()[:120], role=role)
    user.set_password(password)
    if role == "candidate":
        user.profile = Profile()
    db.session.add(user)
    db.session.commit()
    return user


def authenticate(email, password):
    """The user whose email and password these are, or None (the same answer for both mistakes)."""
    user = find_user(email)
    if user is None or not user.check_password(password or ""):
        return None
    return user


def create_token(user, label=""):
    """A new API token for ``user``: its secret text, shown once (only the hash is stored)."""
    secret = ApiToken.new_secret()
    db.session.add(ApiToken(user_id=user.id, token_hash=hash_token(secret), label=label[:100]))
    db.session.commit()
    return secret


def user_for_token(secret):
    """The user a bearer token belongs to, or None; records when it was last used, to the minute
    (``LAST_USED_STEP``): a script polling its results does not write to the database on every request."""
    if not secret:
        return None
    token = db.session.execute(db.select(ApiToken).filter_by(token_hash=hash_token(secret))).scalar_one_or_none()
    if token is None:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_STEP:
        token.last_used_at = now
        db.session.commit()
    return token.user


def ensure_demo_accounts():
    """Create the demo candidate, recruiter and admin when missing; returns [(email, role, password or None)].

    A password is returned only for an account created now (it is printed once).
    """
    made = []
    for email, name, role in DEMO_ACCOUNTS:
        if find_user(email) is not None:
            made.append((email, role, None))
            continue
        password = secrets.token_urlsafe(9)
        user = create_user(email, password, role=role, name=name)
        if user.profile is not None:
            user.profile.headline = "Demo candidate: ML engineering intern"
            user.profile.shared = True
            db.session.commit()
        made.append((email, role, password))
    return made
