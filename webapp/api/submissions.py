"""``POST /submissions``, ``GET /submissions/{id}`` and ``GET /submissions``: hand in work, follow its grading."""

from flask import g, request
from flask_smorest import abort

from ..access import STAFF, can_see_submission, sees_full_results
from ..extensions import db
from ..models import Submission
from ..models.questions import CODING, QUIZ, TAKEHOME
from ..services import review, submitting
from ..views import candidate_view, full_view
from .common import api_blueprint, page_json
from .schemas import (ApiErrorSchema, AuditSchema, OverrideSchema, PageQuery, SubmissionCreatedSchema,
                      SubmissionCreateSchema, SubmissionListSchema, SubmissionSchema)

bp = api_blueprint("submissions", "Submissions: graded in the background.")


def submission_json(submission, viewer):
    """The API's view of ``submission`` for ``viewer`` (candidates get the candidate view)."""
    result = submission.result
    view = full_view(submission) if sees_full_results(viewer, submission) else candidate_view(submission)
    return {"id": submission.id, "question_id": submission.question_id, "status": submission.status,
            "verdict": result.verdict if result else None, "score": result.score if result else None,
            "max_score": result.max_score if result else None,
            "tests": (view or {}).get("tests") if submission.kind == CODING else None,
            "result": view, "delay_reason": submission.delay_reason, "created_at": submission.created_at,
            "graded_at": submission.graded_at}


def _create_from_json():
    args = SubmissionCreateSchema().load(request.get_json(silent=True) or {})
    question = submitting.get_question(args["question_id"])
    token = args.get("client_token")
    if question.kind == CODING:
        return submitting.submit_code(g.api_user, question, language=args.get("language"), source=args.get("source"),
                                      files=args.get("files"), client_token=token)
    if question.kind == QUIZ:
        return submitting.submit_quiz(g.api_user, question, args.get("answer"), client_token=token)
    abort(422, message=f"{question.id} is a take-home: send the notebook as multipart form data "
                       "(fields question_id and notebook).")


def _create_from_upload():
    question = submitting.get_question(request.form.get("question_id"), TAKEHOME)
    upload = request.files.get("notebook")
    if upload is None:
        abort(422, message="Attach the notebook file in the form field 'notebook'.")
    return submitting.submit_notebook(g.api_user, question, upload.read(), client_token=request.form.get("client_token"))


@bp.route("/submissions", methods=["POST"])
@bp.response(202, SubmissionCreatedSchema)
@bp.alt_response(404, schema=ApiErrorSchema)
@bp.alt_response(413, schema=ApiErrorSchema)
@bp.alt_response(422, schema=ApiErrorSchema)
@bp.doc(requestBody={"content": {
    "application/json": {"schema": SubmissionCreateSchema},
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "question_id": {"type": "string"}, "notebook": {"type": "string", "format": "binary"},
        "client_token": {"type": "string"}}}}}})
def create_submission():
    """Hand in code (``{question_id, language, source}`` or ``files``), a quiz ``answer``, or a notebook (multipart)."""
    if request.mimetype == "multipart/form-data":
        submission, _ = _create_from_upload()
    else:
        submission, _ = _create_from_json()
    return {"id": submission.id, "status": submission.status}


@bp.route("/submissions/<int:submission_id>")
@bp.response(200, SubmissionSchema)
@bp.alt_response(404, schema=ApiErrorSchema)
def get_submission(submission_id):
    """A submission's status and, once graded, the caller's view of its result."""
    submission = db.session.get(Submission, submission_id)
    if submission is None or not can_see_submission(g.api_user, submission):
        abort(404, message=f"There is no submission {submission_id} of yours.")
    return submission_json(submission, g.api_user)


@bp.route("/submissions")
@bp.arguments(PageQuery, location="query")
@bp.response(200, SubmissionListSchema)
def list_submissions(args):
    """The caller's own submissions, newest first."""
    query = db.select(Submission).filter_by(user_id=g.api_user.id).order_by(Submission.id.desc())
    page = db.paginate(query, page=args["page"], per_page=args["per_page"], error_out=False)
    return page_json(page, [submission_json(s, g.api_user) for s in page.items])


def _reviewable(submission_id):
    submission = db.session.get(Submission, submission_id)
    if submission is None or g.api_user.role not in STAFF or not can_see_submission(g.api_user, submission):
        abort(404, message=f"There is no submission {submission_id} you may review.")
    return submission


@bp.route("/submissions/<int:submission_id>/override", methods=["POST"])
@bp.arguments(OverrideSchema)
@bp.response(200, SubmissionSchema)
@bp.alt_response(400, schema=ApiErrorSchema)
def override_score(args, submission_id):
    """Set a submission's score by hand (recruiters and admins); the reason is required and audited."""
    submission = _reviewable(submission_id)
    review.override(submission, g.api_user, args["score"], args.get("reason"))
    return submission_json(submission, g.api_user)


@bp.route("/submissions/<int:submission_id>/audit")
@bp.response(200, AuditSchema)
def audit_trail(submission_id):
    """Every change of the submission's grade: who, when, what, before, after, why."""
    submission = _reviewable(submission_id)
    return {"submission_id": submission.id, "items": [
        {"id": a.id, "action": a.action, "actor": a.actor.email if a.actor else None, "before": a.before,
         "after": a.after, "reason": a.reason, "created_at": a.created_at.isoformat()}
        for a in review.audit_of(submission)]}
