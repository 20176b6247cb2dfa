"""Errors as one clear sentence: an HTML page for people, JSON for the API and the pages' own scripts."""

from flask import jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

MESSAGES = {
    400: "The request could not be understood; reload the page and try again.",
    401: "Sign in to continue.",
    403: "You do not have access to this page.",
    404: "There is nothing here; check the address or go back to the list.",
    405: "This address does not accept that kind of request.",
    409: "This conflicts with what is already saved.",
    413: "The upload is too large.",
    422: "The request is not valid.",
    429: "Too many requests; wait a moment and try again.",
    500: "Something went wrong on our side; your saved work is safe. Try again in a moment.",
}
STALE_PAGE = "This page is out of date (your session may have ended): reload it and send it again."


def wants_json():
    """True for API calls and the pages' own fetch() calls."""
    return (request.path.startswith("/api/") or request.is_json
            or request.accept_mimetypes.best_match(["application/json", "text/html"]) == "application/json"
            or request.headers.get("X-Requested-With") == "fetch")


def error_response(status, message, **extra):
    """A JSON or HTML error for ``status`` with ``message`` (one sentence); ``extra`` keys join the JSON."""
    if wants_json():
        response = jsonify({"error": message, "status": status, **extra})
        response.status_code = status
        return response
    return render_template("error.html", status=status, message=message), status


def human_size(count):
    """A byte count as people say it: ``20 MB``, ``100 KB``, ``512 bytes``."""
    for unit, size in (("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= size:
            return f"{count / size:g} {unit}"
    return f"{count} bytes"


def _too_large(exc):
    from flask import current_app
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    return error_response(413, f"The upload is larger than the limit of {human_size(limit)}; send a smaller file.")


def _first_problem(messages, path=()):
    """The first field error of a webargs/marshmallow ``messages`` tree as ``(field path, text)``."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            if key in ("json", "query", "form", "files", "headers", "_schema"):
                return _first_problem(value, path)
            return _first_problem(value, (*path, str(key)))
    if isinstance(messages, (list, tuple)) and messages:
        return _first_problem(messages[0], path)
    return ".".join(path), str(messages)


def validation_sentence(messages):
    """One sentence naming the first invalid field and what is wrong with it."""
    field, text = _first_problem(messages)
    return f"Field '{field}': {text}" if field else text


def _http(exc: HTTPException):
    message = exc.description if exc.description != type(exc).description else None
    data = getattr(exc, "data", None)
    if isinstance(data, dict) and data.get("message"):
        message = data["message"]
    elif isinstance(data, dict) and data.get("messages"):
        message = validation_sentence(data["messages"])
    return error_response(exc.code or 500, message or MESSAGES.get(exc.code, exc.name))


def _internal(exc):
    from .extensions import db
    db.session.rollback()  # a failed statement leaves the transaction unusable (PostgreSQL): the page needs a new one
    return _http(exc)


def _csrf(exc):
    """A form or a page's script without a valid CSRF token: mostly a session that ended while the page was open.

    A script then hears what a signed-out script hears (401, sign in again, the work is kept in the browser),
    not the token's technicalities.
    """
    from flask_login import current_user
    if wants_json() and not current_user.is_authenticated:
        from .extensions import login
        return login.unauthorized()
    return error_response(400, STALE_PAGE)


def register(app):
    """Install the error handlers on ``app``."""
    app.register_error_handler(RequestEntityTooLarge, _too_large)
    app.register_error_handler(InternalServerError, _internal)
    app.register_error_handler(CSRFError, _csrf)
    app.register_error_handler(HTTPException, _http)
