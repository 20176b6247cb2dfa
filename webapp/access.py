"""Who may see and do what: every access rule of the webapp, in one place.

Pages use the decorators; services and routes ask the ``can_*`` functions.  The
rules (tested as a matrix of roles against routes in tests/webapp/test_access.py):

* anonymous visitors see the sign-in and sign-up pages only;
* a candidate sees the bank's public side and only their own work and profile;
* recruiters see candidates who shared their profile or took one of their assessments, with
  their work, and the attempts made from their own invites;
* admins see everything and run the admin tools;
* roles (Match Day) belong to the recruiter who wrote them (admins manage all); the matcher considers only
  the candidates that recruiter may see (``services.candidates.visible_ids``); a candidate sees only their
  own confirmed matches.
"""

from functools import wraps

from flask import abort
from flask_login import current_user, login_required

from .models.users import ADMIN, CANDIDATE, RECRUITER

STAFF = (RECRUITER, ADMIN)


def roles_required(*roles):
    """Page decorator: signed in (else redirect to sign-in) and one of ``roles`` (else 403)."""
    def decorate(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return decorate


candidate_required = roles_required(CANDIDATE)
staff_required = roles_required(*STAFF)


def can_see_candidate(user, candidate):
    """True when ``user`` may see ``candidate``'s profile, signals and work."""
    if user is None or not user.is_authenticated or candidate is None:
        return False
    if user.id == candidate.id:
        return True
    if user.role == ADMIN:
        return True
    if user.role == RECRUITER and candidate.role == CANDIDATE:
        return bool(candidate.profile and candidate.profile.shared) or took_assessment_of(candidate, user)
    return False


def took_assessment_of(candidate, recruiter):
    """True when ``candidate`` started an assessment from one of ``recruiter``'s invites."""
    from .extensions import db
    from .models import Attempt, Invite
    return db.session.scalar(db.select(db.func.count()).select_from(Attempt).join(Invite).where(
        Attempt.user_id == candidate.id, Invite.created_by == recruiter.id)) > 0


def can_see_attempt(user, attempt):
    """The candidate who took it, the recruiter whose invite it came from, and admins."""
    if user is None or not user.is_authenticated or attempt is None:
        return False
    if user.id == attempt.user_id or user.role == ADMIN:
        return True
    return user.role == RECRUITER and attempt.invite is not None and attempt.invite.created_by == user.id


def can_review_attempt(user, attempt):
    """Staff who may see an attempt's answers, scores and integrity records."""
    return user.role in STAFF and can_see_attempt(user, attempt)


def can_see_submission(user, submission):
    """True when ``user`` may open ``submission`` (its owner, or staff who may see the candidate)."""
    return submission is not None and can_see_candidate(user, submission.user)


def sees_full_results(user, submission):
    """True when ``user`` gets the grader's whole result rather than the candidate's view."""
    return user.role in STAFF and can_see_submission(user, submission)


def can_manage_role(user, role):
    """The recruiter who wrote ``role``, and admins: they see its matches and decide on them."""
    if user is None or not user.is_authenticated or role is None:
        return False
    return user.role == ADMIN or (user.role == RECRUITER and role.recruiter_id == user.id)


def can_answer_match(user, match):
    """Only the candidate of a confirmed match sees it and answers the introduction."""
    from .models.matching import CONFIRMED
    return (match is not None and user is not None and user.is_authenticated and user.id == match.candidate_id
            and match.status == CONFIRMED)
