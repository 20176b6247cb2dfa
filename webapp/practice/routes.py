"""Practice pages and the JSON endpoints their scripts call (Run, drafts, Submit, status)."""

import io
import uuid

from flask import (Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, send_file,
                   url_for)
from flask_login import current_user, login_required

from ..access import can_see_submission
from ..database import MAX_PAGE
from ..extensions import db
from ..models import Submission
from ..models.questions import CODING, QUIZ, TAKEHOME
from ..services import catalog, practice, profiles, review, submitting, written
from ..services.submitting import Refused
from ..views import candidate_view

bp = Blueprint("practice", __name__)


@bp.errorhandler(Refused)
def _refused(exc):
    from ..errors import error_response
    return error_response(exc.status, exc.message)


def _page():
    return min(max(request.args.get("page", 1, type=int), 1), MAX_PAGE)


@bp.route("/practice")
@login_required
def index():
    """Browse the bank by kind, skill and difficulty, with search."""
    filters = {key: request.args.get(key) or None for key in ("kind", "skill", "difficulty", "q")}
    page = catalog.browse(kind=filters["kind"], skill=filters["skill"], difficulty=filters["difficulty"],
                          search=filters["q"], page=_page(), per_page=current_app.config["PAGE_SIZE"])
    progress = catalog.progress_of(current_user.id, [q.id for q in page.items])
    return render_template("practice/index.html", page=page, filters=filters, skills=catalog.skills_in_bank(),
                           progress=progress, skill_title=profiles.skill_title)


@bp.route("/practice/<question_id>")
@login_required
def question(question_id):
    """A question's page, laid out for its kind."""
    item = submitting.get_question(question_id)
    latest = db.session.execute(db.select(Submission).filter_by(user_id=current_user.id, question_id=item.id)
                                .order_by(Submission.id.desc()).limit(5)).scalars().all()
    context = {"question": item, "public": item.public, "recent": latest, "client_token": uuid.uuid4().hex}
    if item.kind == CODING:
        context["editor_config"] = practice.editor_config(item, drafts=practice.drafts_of(current_user, item))
    return render_template(f"practice/{item.kind}.html", **context)


def _json_body():
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise Refused(400, "Send a JSON object.")
    return data


@bp.route("/practice/<question_id>/run", methods=["POST"])
@login_required
def run(question_id):
    """Run code on the samples or on custom input; answers when done."""
    item = submitting.get_question(question_id, CODING)
    data = _json_body()
    outcome = practice.run_code(item, language=data.get("language"), source=data.get("source"),
                                stdin=data.get("stdin"), user=current_user)
    return jsonify({**outcome, "html": render_template("practice/_run.html", run=outcome)})


@bp.route("/practice/<question_id>/draft", methods=["POST"])
@login_required
def draft(question_id):
    """Keep the code being written (the editor calls this every few seconds and on leaving)."""
    item = submitting.get_question(question_id, CODING)
    data = _json_body()
    saved = practice.save_draft(current_user, item, data.get("language"), data.get("source"))
    return jsonify({"saved_at": saved.isoformat()})


def _submission_json(submission, created=True):
    return {"id": submission.id, "status": submission.status, "created": created,
            "url": url_for("practice.submission", submission_id=submission.id),
            "status_url": url_for("practice.submission_status", submission_id=submission.id)}


@bp.route("/practice/<question_id>/submit", methods=["POST"])
@login_required
def submit(question_id):
    """Hand in an answer: a row is saved and queued, grading happens in a worker."""
    item = submitting.get_question(question_id)
    if item.kind == TAKEHOME:
        upload = request.files.get("notebook")
        if upload is None or not upload.filename:
            raise Refused(422, "Choose your notebook (.ipynb) to upload.")
        submission, created = submitting.submit_notebook(current_user, item, upload.read(),
                                                         client_token=request.form.get("client_token"))
    elif item.kind == QUIZ and not request.is_json:
        answer = request.form.getlist("answer") if item.type == "multiple_choice" else request.form.get("answer")
        submission, created = submitting.submit_quiz(current_user, item, answer,
                                                     client_token=request.form.get("client_token"))
    else:
        data = _json_body()
        if item.kind == QUIZ:
            submission, created = submitting.submit_quiz(current_user, item, data.get("answer"),
                                                         client_token=data.get("client_token"))
        else:
            submission, created = submitting.submit_code(current_user, item, language=data.get("language"),
                                                         source=data.get("source"), files=data.get("files"),
                                                         client_token=data.get("client_token"))
    if request.is_json or request.headers.get("X-Requested-With") == "fetch":
        return jsonify(_submission_json(submission, created)), 202
    return redirect(url_for("practice.submission", submission_id=submission.id), code=303)


@bp.route("/practice/<question_id>/starter.zip")
@login_required
def starter(question_id):
    """A take-home's starter notebook, data and statement."""
    item = submitting.get_question(question_id, TAKEHOME)
    return send_file(io.BytesIO(practice.starter_zip(item)), mimetype="application/zip", as_attachment=True,
                     download_name=f"{item.id}.zip")


def _own_submission(submission_id):
    submission = db.session.get(Submission, submission_id)
    if submission is None or not can_see_submission(current_user, submission):
        abort(404)
    return submission


@bp.route("/submissions")
@login_required
def history():
    """The signed-in candidate's submissions, newest first."""
    query = db.select(Submission).filter_by(user_id=current_user.id).order_by(Submission.id.desc())
    page = db.paginate(query, page=_page(), per_page=current_app.config["PAGE_SIZE"], error_out=False)
    return render_template("practice/history.html", page=page)


def _status_json(submission):
    result = submission.result
    data = {"id": submission.id, "status": submission.status, "question_id": submission.question_id,
            "kind": submission.kind, "delay_reason": submission.delay_reason, "done": submission.is_done,
            "verdict": result.verdict if result else None, "score": result.score if result else None,
            "max_score": result.max_score if result else None}
    data["result"] = candidate_view(submission)
    return data


@bp.route("/submissions/<int:submission_id>")
@login_required
def submission(submission_id):
    """One submission with its result (it updates itself while grading)."""
    item = _own_submission(submission_id)
    return render_template("practice/submission.html", submission=item, data=_status_json(item),
                           written=written.feedback(item) if item.user_id == current_user.id else None)


@bp.route("/submissions/<int:submission_id>/self-check", methods=["POST"])
@login_required
def self_check(submission_id):
    """Score one's own written answer against its rubric (in practice, or once a mock has ended)."""
    item = _own_submission(submission_id)
    given = {c["criterion"]: request.form.get(f"points-{i}") for i, c in enumerate(review.rubric_form(item))}
    result = written.self_check(item, current_user, given)
    flash(f"Self-check saved: {result.score:g} of {result.max_score:g} points.", "success")
    if item.attempt_id and request.form.get("back") == "summary":
        return redirect(url_for("assess.attempt", attempt_id=item.attempt_id, _anchor=f"written-{item.id}"), code=303)
    return redirect(url_for("practice.submission", submission_id=item.id, _anchor="written"), code=303)


@bp.route("/submissions/<int:submission_id>/fragment")
@login_required
def submission_fragment(submission_id):
    """The result part of the submission page (swapped in by the page's script once graded)."""
    item = _own_submission(submission_id)
    return render_template("practice/_result.html", submission=item, data=_status_json(item))


@bp.route("/submissions/<int:submission_id>/status")
@login_required
def submission_status(submission_id):
    """The submission's status and, once graded, the viewer's view of its result (polled by the page)."""
    return jsonify(_status_json(_own_submission(submission_id)))
