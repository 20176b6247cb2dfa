"""The JSON API under ``/api/v1`` (flask-smorest): bearer tokens, documented at ``/api/v1/openapi.json``.

Only ``Authorization: Bearer TOKEN`` signs a call in (``vetkit token create EMAIL``);
session cookies are ignored here, so no other site can make a signed-in browser call
the API.  Errors are ``{"error": sentence, "status": code}``.  docs/api.md is the
contract.
"""

from flask import g, request
from flask_smorest import abort

from ..extensions import api, csrf
from ..services.accounts import user_for_token

PREFIX = "/api/v1"


def authenticate():
    """``before_request`` of every API blueprint: the bearer token's user in ``g.api_user``, else 401."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    user = user_for_token(token.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        abort(401, message="Send a valid API token as 'Authorization: Bearer TOKEN' "
                           "(create one with `vetkit token create EMAIL`).")
    g.api_user = user


def register_api(app):
    """Register every API blueprint on ``app`` (after ``api.init_app``)."""
    from . import assessments, candidates, questions, roles, runs, submissions

    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    for module in (questions, runs, submissions, candidates, assessments, roles):
        csrf.exempt(module.bp)
        api.register_blueprint(module.bp, url_prefix=PREFIX)
