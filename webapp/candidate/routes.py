"""The profile: a one-page summary (signals as bars with confidence beside the claimed skills), and its editor."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from ..access import STAFF, can_see_candidate, candidate_required, roles_required
from ..extensions import db
from ..models import User
from ..models.users import ROLES
from ..services import profiles, signals
from .forms import ProfileForm

bp = Blueprint("candidate", __name__)


@bp.route("/profile")
@candidate_required
def profile():
    """The signed-in candidate's profile."""
    return _render_profile(current_user)


@bp.route("/candidates/<int:user_id>")
@roles_required(*ROLES)
def show(user_id):
    """A candidate's profile, for themselves and for staff who may see it."""
    candidate = db.session.get(User, user_id)
    if candidate is None or not candidate.is_candidate or not can_see_candidate(current_user, candidate):
        abort(404)
    if current_user.role in STAFF:
        from ..review.context import staff_profile_context
        blind = current_user.blind_review
        return render_template("review/candidate.html", candidate=candidate, profile=candidate.profile,
                               signals=signals.stored(candidate.id), skill_title=profiles.skill_title,
                               evidence_endpoint="review.submission",
                               **staff_profile_context(candidate, current_user, blind=blind))
    return _render_profile(candidate)


def _render_profile(candidate):
    return render_template("candidate/profile.html", candidate=candidate, profile=candidate.profile,
                           signals=signals.stored(candidate.id), skill_title=profiles.skill_title)


@bp.route("/profile/edit", methods=["GET", "POST"])
@candidate_required
def edit():
    """Edit the profile; nothing typed is lost on a mistake (the form comes back filled in)."""
    profile = current_user.profile
    form = ProfileForm(obj=profile, areas=profiles.taxonomy().areas)
    if not form.is_submitted():
        form.name.data = current_user.name
    if form.validate_on_submit():
        profiles.update_profile(current_user, form.data)
        flash("Your profile is saved.", "success")
        return redirect(url_for("candidate.profile"))
    return render_template("candidate/edit.html", form=form), 200 if not form.errors else 422
