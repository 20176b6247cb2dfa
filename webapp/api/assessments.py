"""Assessments through the API: blueprints, invites (recruiters), attempts and their answers (candidates)."""

from flask import g, request
from flask_smorest import abort

from ..access import STAFF, can_see_attempt
from ..errors import error_response
from ..extensions import db
from ..models import Attempt
from ..services import answers, attempts, invites
from .common import api_blueprint
from .schemas import (AnswerSchema, ApiErrorSchema, AttemptCreateSchema, AttemptSchema, BlueprintListSchema,
                      InviteCreateSchema, InviteSchema, SavedSchema)

bp = api_blueprint("assessments", "Vetting assessments and mock interviews: blueprints, invites, attempts.")


def _iso(moment):
    return moment.isoformat() if moment else None


def attempt_json(attempt):
    """An attempt as the API shows it."""
    return {"id": attempt.id, "blueprint_id": attempt.blueprint_id, "kind": attempt.kind, "status": attempt.status,
            "score": attempt.score, "started_at": _iso(attempt.started_at), "finished_at": _iso(attempt.finished_at),
            "sections": [{"id": s.section_id, "kind": s.kind, "title": s.title, "state": s.state,
                          "minutes": s.minutes, "deadline_hours": s.deadline_hours, "deadline": _iso(s.deadline),
                          "score": s.score if attempt.status == "graded" else None,
                          "items": [{"question_id": i.question_id, "type": i.kind, "saved_at": _iso(i.saved_at)}
                                    for i in s.items]} for s in attempt.sections]}


@bp.route("/blueprints")
@bp.response(200, BlueprintListSchema)
def list_blueprints():
    """Every blueprint: vetting assessments and mock interviews."""
    return {"items": [b.to_json() for b in invites.blueprints()]}


@bp.route("/invites", methods=["POST"])
@bp.arguments(InviteCreateSchema)
@bp.response(201, InviteSchema)
@bp.alt_response(403, schema=ApiErrorSchema)
def create_invite(args):
    """Invite one email address (or anyone with the link) to a vetting blueprint (recruiters and admins)."""
    if g.api_user.role not in STAFF:
        abort(403, message="Only recruiters and admins create invites.")
    invite = invites.create_invite(g.api_user, args["blueprint_id"], email=args.get("email"),
                                   expires_at=args.get("expires_at"), note=args.get("note", ""))
    return {"id": invite.id, "token": invite.token, "url": invites.invite_url(invite)}


@bp.route("/attempts", methods=["POST"])
@bp.arguments(AttemptCreateSchema)
@bp.response(201, AttemptSchema)
@bp.alt_response(409, schema=ApiErrorSchema)
def create_attempt(args):
    """Start the attempt of an invite (candidates); a second start answers 409 with the existing attempt's id."""
    if not g.api_user.is_candidate:
        abort(403, message="Only candidates take assessments.")
    attempt, created = attempts.start_vetting(g.api_user, invites.usable_invite(args["invite_token"], g.api_user))
    if not created:
        return error_response(409, f"You already started this assessment: attempt {attempt.id}.",
                              attempt_id=attempt.id)
    return attempt_json(attempt)


def _own_attempt(attempt_id):
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or not can_see_attempt(g.api_user, attempt):
        abort(404, message=f"There is no attempt {attempt_id} you may see.")
    return attempt


@bp.route("/attempts/<int:attempt_id>")
@bp.response(200, AttemptSchema)
def get_attempt(attempt_id):
    """An attempt's status (open, grading, graded) and, once graded, its per-section scores."""
    attempt = _own_attempt(attempt_id)
    attempts.refresh(attempt)
    return attempt_json(attempt)


@bp.route("/attempts/<int:attempt_id>/answers/<question_id>", methods=["PUT"])
@bp.arguments(AnswerSchema)
@bp.response(200, SavedSchema)
@bp.alt_response(409, schema=ApiErrorSchema)
@bp.alt_response(422, schema=ApiErrorSchema)
def save_answer(args, attempt_id, question_id):
    """Autosave one answer; the first save in a section not yet started starts its clock."""
    attempt = _own_attempt(attempt_id)
    if attempt.user_id != g.api_user.id:
        abort(404, message=f"There is no attempt {attempt_id} of yours.")
    item = next((i for s in attempt.sections for i in s.items if i.question_id == question_id), None)
    if item is not None and item.section.state == "upcoming":
        attempts.start_section(attempt, item.section.section_id)
    saved = answers.save_answer(attempt, question_id, request.get_json(silent=True), request.remote_addr or "")
    return {"question_id": saved.question_id, "saved_at": _iso(saved.saved_at), "saves": saved.saves}


@bp.route("/attempts/<int:attempt_id>/finish", methods=["POST"])
@bp.response(200, AttemptSchema)
def finish_attempt(attempt_id):
    """Hand in the whole attempt now; grading happens in the background."""
    attempt = _own_attempt(attempt_id)
    if attempt.user_id != g.api_user.id:
        abort(404, message=f"There is no attempt {attempt_id} of yours.")
    return attempt_json(attempts.finish_attempt(attempt))
