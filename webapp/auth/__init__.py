"""Signing in and out: Flask-Login's user loader, and the auth blueprint (``auth.routes``)."""

from flask import jsonify, redirect, request, url_for

from ..errors import wants_json
from ..extensions import db, login
from ..models import User

login.login_view = "auth.login"
login.login_message = "Sign in to continue."
login.login_message_category = "info"


@login.user_loader
def load_user(session_id):
    """The user of a session id ``"<id>:<version>"`` (a bumped version signs out every session)."""
    user_id, _, version = str(session_id).partition(":")
    if not user_id.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or str(user.session_version) != version:
        return None
    return user


@login.unauthorized_handler
def unauthorized():
    """401 JSON for scripts (a draft being saved keeps its text), a redirect to sign in for pages."""
    if wants_json():
        response = jsonify({"error": "Your session has ended: sign in again (your work on this page is kept "
                                     "in this browser).", "status": 401})
        response.status_code = 401
        return response
    return redirect(url_for("auth.login", next=request.full_path if request.method == "GET" else None))
