"""Match Day pages: recruiters write roles and decide on matches; candidates answer introductions.

Routes stay thin: check access, call ``webapp.services.roles``, ``matches`` or ``fairness``, render.
"""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..access import can_manage_role, candidate_required, staff_required
from ..errors import error_response
from ..extensions import db
from ..models import Role, User
from ..models.matching import CONFIRMED, PROPOSED, REJECTED
from ..services import fairness, matches, profiles, roles
from ..services.submitting import Refused
from .forms import RoleForm

bp = Blueprint("roles", __name__)
TABS = {PROPOSED: "Proposed", CONFIRMED: "Confirmed", REJECTED: "Rejected", "left-out": "Left out"}


@bp.errorhandler(Refused)
def _refused(exc):
    return error_response(exc.status, exc.message)


def _page():
    return max(request.args.get("page", 1, type=int), 1)


def _role(role_id):
    role = db.session.get(Role, role_id)
    if not can_manage_role(current_user, role):
        abort(404)
    return role


def _user(user_id):
    return db.session.get(User, user_id)


def _form(**kwargs):
    return RoleForm(areas=profiles.taxonomy().areas, **kwargs)


@bp.route("/roles")
@staff_required
def index():
    """The roles the recruiter wrote (admins: all), newest first."""
    page = db.paginate(roles.roles_query(current_user), page=_page(), per_page=current_app.config["PAGE_SIZE"],
                       error_out=False)
    counts = matches.status_counts([role.id for role in page.items])
    return render_template("roles/index.html", page=page, counts=counts, track_titles=roles.TRACK_TITLES,
                           level_titles=roles.LEVEL_TITLES)


def _save(form, save):
    """Validate ``form`` and call ``save(data)``; the saved role, or None (the errors are on the form)."""
    if not form.validate_on_submit():
        return None
    try:
        return save(form.role_data())
    except roles.RoleInvalid as exc:
        form.add_problem(exc.field, exc.message)
        return None


@bp.route("/roles/new", methods=["GET", "POST"])
@staff_required
def new():
    """Describe a role; its matches are proposed as soon as it is saved."""
    form = _form()
    role = _save(form, lambda data: roles.create_role(current_user, {**data, "active": True}))
    if role is not None:
        flash("The role is saved: here are the candidates the evidence proposes.", "success")
        return redirect(url_for("roles.show", role_id=role.id), code=303)
    return render_template("roles/form.html", form=form, role=None), 422 if form.is_submitted() else 200


@bp.route("/roles/<int:role_id>/edit", methods=["GET", "POST"])
@staff_required
def edit(role_id):
    """Change a role (or close it); decisions already taken stay."""
    role = _role(role_id)
    form = _form()
    if not form.is_submitted():
        form.fill(roles.role_data(role))
    if _save(form, lambda data: roles.update_role(role, data)) is not None:
        flash("The role is saved; its matches are recomputed.", "success")
        return redirect(url_for("roles.show", role_id=role.id), code=303)
    return render_template("roles/form.html", form=form, role=role), 422 if form.is_submitted() else 200


def _render_role(role, tab, notes=None, status=200):
    evaluation = matches.refresh(role)
    ranked = matches.ranked(role)
    counts = {**matches.counts(ranked), "left-out": len(evaluation.left_out)}
    if tab == "left-out":
        items = evaluation.left_out
    else:
        items = [(rank, match) for rank, match in ranked if match.status == tab]
    page = matches.page_of(items, _page(), current_app.config["PAGE_SIZE"])
    return render_template("roles/show.html", role=role, tab=tab, tabs=TABS, counts=counts, page=page,
                           notes=notes or {}, label=matches.candidate_label, user_of=_user,
                           track_titles=roles.TRACK_TITLES, level_titles=roles.LEVEL_TITLES,
                           skill_title=profiles.skill_title), status


@bp.route("/roles/<int:role_id>")
@staff_required
def show(role_id):
    """The role and its matches, ranked, each with why and what is missing; confirm or reject with a note."""
    tab = request.args.get("tab", PROPOSED)
    return _render_role(_role(role_id), tab if tab in TABS else PROPOSED)


@bp.route("/roles/<int:role_id>/matches/<int:candidate_id>", methods=["POST"])
@staff_required
def decide(role_id, candidate_id):
    """Confirm or reject one match; a refusal shows the page again with the note kept."""
    role = _role(role_id)
    decision, note = request.form.get("decision"), request.form.get("note", "")
    try:
        match = matches.decide(role, candidate_id, current_user, decision, note)
    except Refused as exc:
        flash(exc.message, "error")
        return _render_role(role, request.args.get("tab", PROPOSED), {candidate_id: note}, exc.status)
    flash(f"{matches.candidate_label(current_user, match.candidate)}: match {match.status}.", "success")
    return redirect(url_for("roles.show", role_id=role.id, tab=request.args.get("tab", PROPOSED)), code=303)


@bp.route("/roles/<int:role_id>/fairness")
@staff_required
def fairness_report(role_id):
    """How matches and confirmations spread over declared regions and formats."""
    role = _role(role_id)
    return render_template("roles/fairness.html", role=role, report=fairness.report(role))


@bp.route("/matches")
@candidate_required
def mine():
    """The roles a human confirmed the candidate for, with the salary range: accept or decline an introduction."""
    page = db.paginate(matches.candidate_query(current_user), page=_page(),
                       per_page=current_app.config["PAGE_SIZE"], error_out=False)
    return render_template("roles/mine.html", page=page, track_titles=roles.TRACK_TITLES,
                           level_titles=roles.LEVEL_TITLES, skill_title=profiles.skill_title)


@bp.route("/matches/<int:match_id>/answer", methods=["POST"])
@candidate_required
def answer(match_id):
    """Accept or decline the introduction."""
    match = matches.answer(current_user, match_id, request.form.get("answer"))
    flash(f"You {match.response} the introduction to {match.role.company}; the recruiter sees your answer.",
          "success")
    return redirect(url_for("roles.mine", page=request.args.get("page", 1, type=int)), code=303)
