"""``POST /runs``: run code on a problem's samples, or on custom input; answered when done."""


from flask import g

from ..models.questions import CODING
from ..services.practice import run_code
from ..services.submitting import get_question
from .common import api_blueprint
from .schemas import ApiErrorSchema, RunResultSchema, RunSchema

bp = api_blueprint("runs", "Run code on the samples or on custom input (not graded).")


@bp.route("/runs", methods=["POST"])
@bp.arguments(RunSchema)
@bp.response(200, RunResultSchema)
@bp.alt_response(422, schema=ApiErrorSchema)
@bp.alt_response(413, schema=ApiErrorSchema)
def create_run(args):
    """Compile and run the source on every sample (or once on ``stdin``); verdict, output, time and memory."""
    question = get_question(args["question_id"], CODING)
    return run_code(question, language=args["language"], source=args["source"], stdin=args.get("stdin"),
                    user=g.api_user)
