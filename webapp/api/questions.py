"""``GET /questions`` and ``GET /questions/{id}``: the bank's public side."""


from ..services import catalog
from ..services.submitting import get_question
from .common import api_blueprint, page_json
from .schemas import ApiErrorSchema, QuestionListSchema, QuestionQuery, QuestionSchema

bp = api_blueprint("questions", "The question bank, public fields only.")


def summary(question):
    """A question's list fields."""
    return {"id": question.id, "type": question.kind, "item_type": question.type, "title": question.title,
            "difficulty": question.difficulty, "skills": question.skills,
            "estimated_minutes": question.estimated_minutes}


@bp.route("/questions")
@bp.arguments(QuestionQuery, location="query")
@bp.response(200, QuestionListSchema)
def list_questions(args):
    """Questions filtered by type (coding, quiz, takehome), skill and difficulty."""
    page = catalog.browse(kind=args.get("type"), skill=args.get("skill"), difficulty=args.get("difficulty"),
                          search=args.get("q"), page=args["page"], per_page=args["per_page"])
    return page_json(page, [summary(q) for q in page.items])


@bp.route("/questions/<question_id>")
@bp.response(200, QuestionSchema)
@bp.alt_response(404, schema=ApiErrorSchema)
def get_question_by_id(question_id):
    """One question with its public content: statement, samples and starters; prompt and options."""
    question = get_question(question_id)
    return {**summary(question), "content": question.public}
