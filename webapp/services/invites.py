"""Invitations to vetting assessments: made by recruiters, opened by candidates, refused clearly when unusable."""

import secrets
from datetime import timedelta

from flask import current_app, url_for

from assessments import BlueprintError, get_blueprint, load_blueprints

from .. import clock
from ..extensions import db
from ..models import Invite
from .accounts import AccountError, normalise_email
from .submitting import Refused


def blueprints(kind=None):
    """The configured blueprints (``BLUEPRINT_DIR``, default the shipped ones), of ``kind`` when given."""
    found = load_blueprints(current_app.config.get("BLUEPRINT_DIR"))
    return [b for b in found if kind is None or b.kind == kind]


def blueprint_or_refuse(blueprint_id, kind=None):
    """The blueprint ``blueprint_id`` (of ``kind`` when given), or Refused(404/422) with a sentence."""
    try:
        blueprint = get_blueprint(blueprint_id, current_app.config.get("BLUEPRINT_DIR"))
    except (BlueprintError, KeyError, TypeError):
        raise Refused(404, f"There is no blueprint {blueprint_id!r}; pick one from the list of assessments.") from None
    if kind and blueprint.kind != kind:
        raise Refused(422, f"{blueprint_id} is a {blueprint.kind} blueprint, not a {kind} one.")
    return blueprint


def create_invite(recruiter, blueprint_id, *, email=None, expires_at=None, note=""):
    """A new invite to the vetting blueprint, for ``email`` or as a link for many."""
    blueprint_or_refuse(blueprint_id, "vetting")
    if email:
        try:
            email = normalise_email(email)
        except AccountError as exc:
            raise Refused(422, str(exc)) from None
    now = clock.now()
    if expires_at is None:
        expires_at = now + timedelta(days=current_app.config["INVITE_DAYS"])
    elif expires_at.tzinfo is None:
        raise Refused(422, "Give expires_at with its time zone, e.g. 2027-01-31T23:59:00Z.")
    elif expires_at <= now:
        raise Refused(422, "The expiry date is in the past; choose a later one.")
    invite = Invite(token=secrets.token_urlsafe(24), blueprint_id=blueprint_id, created_by=recruiter.id,
                    email=email or None, expires_at=expires_at, note=(note or "")[:300])
    db.session.add(invite)
    db.session.commit()
    return invite


def invite_url(invite):
    """The address a candidate opens."""
    return url_for("assess.invite", token=invite.token, _external=True)


def usable_invite(token, user=None):
    """The invite of ``token`` if it may be used (by ``user``), else Refused with a sentence saying why."""
    invite = db.session.execute(db.select(Invite).filter_by(token=token or "")).scalar_one_or_none()
    if invite is None:
        raise Refused(404, "This invitation does not exist; check the link you were sent.")
    if invite.expires_at is not None and invite.expires_at <= clock.now():
        raise Refused(410, f"This invitation expired on {invite.expires_at:%Y-%m-%d %H:%M UTC}; ask the recruiter "
                           "who sent it for a new one.")
    if user is not None and invite.email and invite.email != user.email:
        raise Refused(403, f"This invitation is for {invite.email}; sign in with that address, or ask the recruiter "
                           "for one of your own.")
    return invite
