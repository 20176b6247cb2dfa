"""Match Day through the API: roles (recruiters), their ranked matches and decisions, a candidate's answers.

Recruiters manage their own roles (admins all); another recruiter's role answers 404.
Candidates list the roles they were confirmed for and answer the introduction.
"""

from flask import g
from flask_smorest import abort

from ..access import STAFF, can_manage_role
from ..extensions import db
from ..models import Role
from ..services import fairness, matches, roles
from .common import api_blueprint, page_json
from .matching_schemas import (CandidateMatchListSchema, CandidateMatchSchema, DecisionSchema, FairnessSchema,
                               IntroductionAnswerSchema, MatchListSchema, MatchQuery, MatchSchema, RoleInputSchema,
                               RoleListSchema, RoleSchema)
from .schemas import ApiErrorSchema, PageQuery

bp = api_blueprint("matchday", "Match Day: roles, ranked matches with their evidence, decisions and introductions.")
LEFT_OUT = "left_out"


def _iso(moment):
    return moment.isoformat() if moment else None


def role_json(role):
    """A role as the API shows it."""
    return {**roles.role_data(role), "id": role.id, "recruiter_id": role.recruiter_id,
            "created_at": _iso(role.created_at)}


def match_json(rank, match):
    """A stored match as the role's recruiter sees it (no name: ``candidate_id`` leads to the candidate)."""
    return {"rank": rank, "candidate_id": match.candidate_id, "score": match.score,
            "qualified": matches.qualified(match), "explanation": match.explanation, "missing": match.missing,
            "status": match.status, "note": match.note, "decided_by": match.decided_by,
            "decided_at": _iso(match.decided_at), "response": match.response, "responded_at": _iso(match.responded_at)}


def left_out_json(outcome):
    """A candidate a filter left out (computed, not stored)."""
    return {"rank": None, "candidate_id": outcome.candidate_id, "score": outcome.score,
            "qualified": outcome.qualified, "explanation": outcome.explanation, "missing": outcome.missing,
            "status": LEFT_OUT, "note": None, "decided_by": None, "decided_at": None, "response": None,
            "responded_at": None}


def _staff():
    if g.api_user.role not in STAFF:
        abort(403, message="Only recruiters and admins manage roles.")


def _role(role_id):
    _staff()
    role = db.session.get(Role, role_id)
    if not can_manage_role(g.api_user, role):
        abort(404, message=f"There is no role {role_id} of yours.")
    return role


@bp.route("/roles", methods=["POST"])
@bp.arguments(RoleInputSchema)
@bp.response(201, RoleSchema)
@bp.alt_response(422, schema=ApiErrorSchema)
def create_role(args):
    """Describe a role; its matches are computed at once (``GET /roles/{id}/matches``)."""
    _staff()
    role = roles.create_role(g.api_user, args)
    matches.refresh(role)
    return role_json(role)


@bp.route("/roles")
@bp.arguments(PageQuery, location="query")
@bp.response(200, RoleListSchema)
def list_roles(args):
    """The caller's roles (admins: all), newest first."""
    _staff()
    page = db.paginate(roles.roles_query(g.api_user), page=args["page"], per_page=args["per_page"], error_out=False)
    return page_json(page, [role_json(role) for role in page.items])


@bp.route("/roles/<int:role_id>")
@bp.response(200, RoleSchema)
@bp.alt_response(404, schema=ApiErrorSchema)
def get_role(role_id):
    """One role."""
    return role_json(_role(role_id))


@bp.route("/roles/<int:role_id>", methods=["PUT"])
@bp.arguments(RoleInputSchema)
@bp.response(200, RoleSchema)
@bp.alt_response(422, schema=ApiErrorSchema)
def update_role(args, role_id):
    """Replace a role's fields (``active: false`` closes it); decisions already taken stay."""
    role = roles.update_role(_role(role_id), args)
    matches.refresh(role)
    return role_json(role)


@bp.route("/roles/<int:role_id>/matches")
@bp.arguments(MatchQuery, location="query")
@bp.response(200, MatchListSchema)
def list_matches(args, role_id):
    """Ranked candidates (recomputed now; decisions stay), each with ``score``, ``explanation`` and ``missing``."""
    role = _role(role_id)
    evaluation = matches.refresh(role)
    ranked = matches.ranked(role)
    counts = {**matches.counts(ranked), LEFT_OUT: len(evaluation.left_out)}
    status = args.get("status")
    if status == LEFT_OUT:
        items = [left_out_json(outcome) for outcome in evaluation.left_out]
    else:
        items = [match_json(rank, match) for rank, match in ranked if status in (None, match.status)]
    page = matches.page_of(items, args["page"], args["per_page"])
    return {**page_json(page, page.items), "counts": counts}


@bp.route("/roles/<int:role_id>/matches/<int:candidate_id>", methods=["POST"])
@bp.arguments(DecisionSchema)
@bp.response(200, MatchSchema)
@bp.alt_response(404, schema=ApiErrorSchema)
@bp.alt_response(409, schema=ApiErrorSchema)
@bp.alt_response(422, schema=ApiErrorSchema)
def decide(args, role_id, candidate_id):
    """Confirm or reject a match with a note (required); the candidate sees confirmed roles."""
    role = _role(role_id)
    match = matches.decide(role, candidate_id, g.api_user, args["decision"], args["note"])
    rank = next(rank for rank, found in matches.ranked(role) if found.id == match.id)
    return match_json(rank, match)


@bp.route("/roles/<int:role_id>/fairness")
@bp.response(200, FairnessSchema)
def get_fairness(role_id):
    """How matches and confirmations spread over declared regions and internship formats."""
    return fairness.report(_role(role_id))


def candidate_match_json(match):
    """A confirmed match as its candidate sees it (the recruiter's note stays with the recruiter)."""
    return {"id": match.id, "role": role_json(match.role), "explanation": match.explanation,
            "missing": match.missing, "confirmed_at": _iso(match.decided_at), "response": match.response,
            "responded_at": _iso(match.responded_at)}


def _candidate():
    if not g.api_user.is_candidate:
        abort(403, message="Only candidates have matches; recruiters read theirs under /roles/{id}/matches.")


@bp.route("/matches")
@bp.arguments(PageQuery, location="query")
@bp.response(200, CandidateMatchListSchema)
def my_matches(args):
    """The roles the caller (a candidate) was confirmed for, with the salary range."""
    _candidate()
    page = db.paginate(matches.candidate_query(g.api_user), page=args["page"], per_page=args["per_page"],
                       error_out=False)
    return page_json(page, [candidate_match_json(match) for match in page.items])


@bp.route("/matches/<int:match_id>/answer", methods=["POST"])
@bp.arguments(IntroductionAnswerSchema)
@bp.response(200, CandidateMatchSchema)
@bp.alt_response(404, schema=ApiErrorSchema)
@bp.alt_response(409, schema=ApiErrorSchema)
def answer(args, match_id):
    """Accept or decline the introduction; the recruiter sees the answer."""
    _candidate()
    return candidate_match_json(matches.answer(g.api_user, match_id, args["answer"]))
