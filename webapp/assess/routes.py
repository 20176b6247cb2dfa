"""Pages of assessments: a candidate's invite, attempt, sections and summary; mock interviews; the recruiter's list."""

from datetime import datetime, time, timezone

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from wtforms import SelectChoice

from ..access import can_review_attempt, can_see_attempt, candidate_required, staff_required
from ..errors import error_response
from ..extensions import db
from ..models import Attempt, AttemptItem, Invite, Submission
from ..services import answers, attempts, invites, mocks, practice, submitting
from ..services.submitting import Refused
from .forms import InviteForm

bp = Blueprint("assess", __name__)


@bp.errorhandler(Refused)
def _refused(exc):
    return error_response(exc.status, exc.message)


def _client_ip():
    return request.remote_addr or ""


def _attempt(attempt_id, *, review=False):
    attempt = db.session.get(Attempt, attempt_id)
    allowed = can_review_attempt if review else (lambda user, a: a is not None and a.user_id == user.id)
    if attempt is None or not allowed(current_user, attempt):
        abort(404)
    return attempt


# --- candidates: invites and attempts -------------------------------------------------------------

@bp.route("/invite/<token>")
def invite(token):
    """What the assessment holds, then Start (sign in or up first)."""
    user = current_user if current_user.is_authenticated else None
    found = invites.usable_invite(token, user)
    blueprint = invites.blueprint_or_refuse(found.blueprint_id, "vetting")
    existing = None
    if user is not None:
        existing = db.session.execute(db.select(Attempt).filter_by(user_id=user.id, invite_id=found.id)).scalar_one_or_none()
    return render_template("assess/invite.html", invite=found, blueprint=blueprint, existing=existing)


@bp.route("/invite/<token>/start", methods=["POST"])
@candidate_required
def start(token):
    """Start the invite's attempt (once; a second click or tab opens the same one)."""
    attempt, _ = attempts.start_vetting(current_user, invites.usable_invite(token, current_user))
    return redirect(url_for("assess.attempt", attempt_id=attempt.id), code=303)


@bp.route("/attempts/<int:attempt_id>")
@login_required
def attempt(attempt_id):
    """The attempt's sections (start them one by one), or its summary once it has closed."""
    found = _attempt(attempt_id)
    attempts.refresh(found)
    if found.status != "open":
        return render_template("assess/summary.html", attempt=found, **mocks.summary(found))
    return render_template("assess/attempt.html", attempt=found)


@bp.route("/attempts/<int:attempt_id>/sections/<section_id>/start", methods=["POST"])
@login_required
def start_section(attempt_id, section_id):
    """Start a section's clock and open it."""
    found = _attempt(attempt_id)
    attempts.start_section(found, section_id)
    return redirect(url_for("assess.section", attempt_id=found.id, section_id=section_id), code=303)


@bp.route("/attempts/<int:attempt_id>/sections/<section_id>")
@login_required
def section(attempt_id, section_id):
    """A running section: its questions with their saved answers and the time left."""
    found = _attempt(attempt_id)
    attempts.refresh(found)
    part = next((s for s in found.sections if s.section_id == section_id), None)
    if part is None:
        abort(404)
    if found.status != "open" or part.state != "running":
        flash("That section is not open: " + ("it has closed." if part.state == "closed" else "start it first."),
              "info")
        return redirect(url_for("assess.attempt", attempt_id=found.id))
    current = request.args.get("q")
    item = next((i for i in part.items if i.question_id == current), part.items[0]) if part.kind != "quiz" else None
    context = {"attempt": found, "section": part, "item": item}
    if item is not None and item.kind == "coding":
        context["editor_config"] = _editor_config(found, item)
    return render_template(f"assess/section_{part.kind}.html", **context)


def _editor_config(found, item):
    drafts = {item.language: {"source": item.source, "at": int(item.saved_at.timestamp() * 1000)}} \
        if item.saved_at and item.language else {}
    urls = {"run": url_for("assess.run", attempt_id=found.id, question_id=item.question_id),
            "draft": url_for("assess.save", attempt_id=found.id, question_id=item.question_id),
            "submit": url_for("assess.submit", attempt_id=found.id, question_id=item.question_id)}
    return practice.editor_config(item.question, drafts=drafts, urls=urls, draft_method="PUT",
                                  storage_key=f"attempt:{found.id}:{item.question_id}")


@bp.route("/attempts/<int:attempt_id>/sections/<section_id>/finish", methods=["POST"])
@login_required
def finish_section(attempt_id, section_id):
    """Hand in a section early."""
    found = _attempt(attempt_id)
    attempts.finish_section(found, section_id)
    return redirect(url_for("assess.attempt", attempt_id=found.id), code=303)


@bp.route("/attempts/<int:attempt_id>/answers/<question_id>", methods=["PUT"])
@login_required
def save(attempt_id, question_id):
    """Autosave one answer (the page sends only what changed)."""
    item = answers.save_answer(_attempt(attempt_id), question_id, request.get_json(silent=True), _client_ip())
    return jsonify({"question_id": item.question_id, "saved_at": item.saved_at.isoformat(), "saves": item.saves})


@bp.route("/attempts/<int:attempt_id>/answers/<question_id>/notebook", methods=["POST"])
@login_required
def save_notebook(attempt_id, question_id):
    """Save the notebook of a take-home item."""
    upload = request.files.get("notebook")
    if upload is None or not upload.filename:
        raise Refused(422, "Choose your notebook (.ipynb) to upload.")
    item = answers.save_notebook(_attempt(attempt_id), question_id, upload.read(), _client_ip())
    if request.headers.get("X-Requested-With") == "fetch":
        return jsonify({"question_id": item.question_id, "saved_at": item.saved_at.isoformat(), "saves": item.saves})
    flash("Your notebook is saved; it is graded when the assessment ends.", "success")
    return redirect(url_for("assess.section", attempt_id=attempt_id, section_id=item.section.section_id,
                            q=item.question_id), code=303)


@bp.route("/attempts/<int:attempt_id>/events", methods=["POST"])
@login_required
def events(attempt_id):
    """Integrity events of the page (pastes, focus, time per question)."""
    kept = answers.record_events(_attempt(attempt_id), (request.get_json(silent=True) or {}).get("events"),
                                 _client_ip())
    return jsonify({"kept": kept})


@bp.route("/attempts/<int:attempt_id>/run/<question_id>", methods=["POST"])
@login_required
def run(attempt_id, question_id):
    """Run code on the samples (only) while its section is running."""
    item = attempts.item_for_saving(_attempt(attempt_id), question_id)
    data = request.get_json(silent=True) or {}
    outcome = practice.run_code(item.question, language=data.get("language"), source=data.get("source"),
                                stdin=data.get("stdin"), user=current_user)
    return jsonify({**outcome, "html": render_template("practice/_run.html", run=outcome)})


@bp.route("/attempts/<int:attempt_id>/submit/<question_id>", methods=["POST"])
@login_required
def submit(attempt_id, question_id):
    """Check code against every test now; under exam rules only a summary comes back."""
    found = _attempt(attempt_id)
    item = attempts.item_for_saving(found, question_id)
    data = request.get_json(silent=True) or {}
    answers.save_answer(found, question_id, {"language": data.get("language"), "source": data.get("source")},
                        _client_ip())
    made, _ = submitting.submit_code(current_user, item.question, language=data.get("language"),
                                     source=data.get("source"), context=found.kind, client_token=data.get("client_token"),
                                     attempt_id=found.id, final=False, version_id=item.version_id)
    return jsonify({"id": made.id, "status": made.status,
                    "url": url_for("practice.submission", submission_id=made.id),
                    "status_url": url_for("practice.submission_status", submission_id=made.id)}), 202


@bp.route("/attempts/<int:attempt_id>/finish", methods=["POST"])
@login_required
def finish(attempt_id):
    """End the whole attempt now; everything saved is graded."""
    found = attempts.finish_attempt(_attempt(attempt_id))
    flash("Your assessment is handed in; it is being graded.", "success")
    return redirect(url_for("assess.attempt", attempt_id=found.id), code=303)


# --- mock interviews ----------------------------------------------------------------------------

@bp.route("/mock")
@candidate_required
def mock():
    """Mock interviews to start, past mocks, progress per skill and what to practise next."""
    return render_template("assess/mock.html", **mocks.overview(current_user))


@bp.route("/mock/<blueprint_id>/start", methods=["POST"])
@candidate_required
def start_mock(blueprint_id):
    """Start a new mock interview of this blueprint."""
    found = attempts.start_mock(current_user, blueprint_id)
    return redirect(url_for("assess.attempt", attempt_id=found.id), code=303)


# --- recruiters -------------------------------------------------------------------------------------

def _invite_form():
    form = InviteForm()
    form.blueprint_id.choices = [SelectChoice(b.id, b.title, optgroup=f"{b.level} · {b.track}")
                                 for b in invites.blueprints("vetting")]
    return form


@bp.route("/assess", methods=["GET", "POST"])
@staff_required
def recruiter():
    """Invite candidates to a vetting assessment and follow their attempts."""
    form = _invite_form()
    made = None
    if form.validate_on_submit():
        expires = (datetime.combine(form.expires_on.data, time(23, 59), tzinfo=timezone.utc)
                   if form.expires_on.data else None)
        made = invites.create_invite(current_user, form.blueprint_id.data, email=form.email.data or None,
                                     expires_at=expires, note=form.note.data)
        flash("The invite is ready: send its link to the candidate.", "success")
    query = db.select(Invite).order_by(Invite.id.desc())
    if not current_user.is_admin:
        query = query.filter_by(created_by=current_user.id)
    page = db.paginate(query, page=max(request.args.get("page", 1, type=int), 1), per_page=current_app.config["PAGE_SIZE"],
                       error_out=False)
    return render_template("assess/recruiter.html", form=form, page=page, made=made, invite_url=invites.invite_url,
                           attempts_of=mocks.attempts_of_invite), 200 if not form.errors else 422


@bp.route("/assess/attempts/<int:attempt_id>")
@staff_required
def review(attempt_id):
    """An attempt for the recruiter who invited the candidate: scores, answers and integrity records."""
    found = _attempt(attempt_id, review=True)
    attempts.refresh(found)
    return render_template("assess/review.html", attempt=found, integrity=answers.integrity_summary(found),
                           **mocks.summary(found, viewer_owns=False))
