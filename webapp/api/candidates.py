"""``GET /candidates/{id}/signals``: a candidate's vetting signals, for recruiters and admins (and the candidate)."""

from flask import g
from flask_smorest import abort

from ..access import STAFF, can_see_candidate
from ..extensions import db
from ..models import User
from ..services import candidates, signals
from .common import api_blueprint
from .schemas import ApiErrorSchema, CandidateListSchema, CandidateQuery, SignalsSchema

bp = api_blueprint("candidates", "Candidates' vetting signals.")


@bp.route("/candidates/<int:candidate_id>/signals")
@bp.response(200, SignalsSchema)
@bp.alt_response(404, schema=ApiErrorSchema)
def get_signals(candidate_id):
    """Per-skill signals, practice and vetted apart, each with the submissions behind it."""
    candidate = db.session.get(User, candidate_id)
    if candidate is None or not candidate.is_candidate or not can_see_candidate(g.api_user, candidate):
        abort(404, message=f"There is no candidate {candidate_id} you may see.")
    stored = signals.stored(candidate.id)
    return {"candidate_id": candidate.id, **{scope: [signals.to_json(r) for r in rows] for scope, rows in stored.items()}}


@bp.route("/candidates")
@bp.arguments(CandidateQuery, location="query")
@bp.response(200, CandidateListSchema)
@bp.alt_response(403, schema=ApiErrorSchema)
def list_candidates(args):
    """Candidates the caller may see (shared, or took their assessments), filtered; ``blind=1`` hides who they are."""
    if g.api_user.role not in STAFF:
        abort(403, message="Only recruiters and admins list candidates.")
    blind = args.pop("blind") or g.api_user.blind_review
    page, per_page = args.pop("page"), args.pop("per_page")
    cards, total, pages = candidates.search(g.api_user, args, blind=blind, page=page, per_page=per_page)
    return {"items": cards, "page": page, "pages": pages, "total": total}
