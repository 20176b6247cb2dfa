"""``GET /candidates/{id}/signals``: a candidate's vetting signals, for recruiters and admins (and the candidate)."""

from flask import g
from flask_smorest import abort

from ..access import can_see_candidate
from ..extensions import db
from ..models import User
from ..services import signals
from .common import api_blueprint
from .schemas import ApiErrorSchema, SignalsSchema

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
