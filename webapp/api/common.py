"""Helpers shared by the API blueprints: refusals as JSON errors, pages as dicts."""

from flask_smorest import Blueprint
from marshmallow import ValidationError

from ..errors import error_response, validation_sentence
from ..services.submitting import Refused


def install_refusals(bp):
    """Answer a service's ``Refused`` and a body's ``ValidationError`` as ``{"error", "status"}`` on ``bp``."""
    bp.register_error_handler(Refused, lambda exc: error_response(exc.status, exc.message))
    bp.register_error_handler(ValidationError, lambda exc: error_response(422, validation_sentence(exc.messages)))


def page_json(page, items):
    """A page of a Flask-SQLAlchemy pagination with its serialised ``items``."""
    return {"items": items, "page": page.page, "pages": page.pages, "total": page.total}


def api_blueprint(name, description):
    """A flask-smorest blueprint whose every call needs a bearer token and answers refusals as JSON."""
    from . import authenticate
    bp = Blueprint(name, f"webapp.api.{name}", description=description)
    bp.before_request(authenticate)
    install_refusals(bp)
    return bp
