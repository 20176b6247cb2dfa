"""Grade quiz answers exactly as docs/formats-quiz.md says; free text waits for a recruiter's rubric scores.

``grade_item(item, response) -> ItemGrade``; the score is a fraction in [0, 1] times the
item's points.  Per type, with the response it expects:

* single_choice (an option id): 1 if it is the answer, else 0.
* multiple_choice (a list of option ids, duplicates counted once): each correct pick earns
  ``1/len(answer)``, each wrong pick costs ``penalty/len(answer)``, floored at 0.
* numeric (a number or numeric text): 1 if within the tolerance (inclusive, exact decimal
  arithmetic on the numbers as written), else 0.
* short_answer (text): 1 if, after trimming and collapsing whitespace, it equals an accepted
  form or the ``pattern`` matches all of it; case-insensitive (forms and pattern) unless
  ``case_sensitive``.
* free_text (text): ``pending`` with score 0 until ``apply_rubric`` records a recruiter's
  points per criterion; a blank answer is graded 0 at once.

A blank response scores 0.  A malformed response (wrong type, unknown option id, too long,
not a number) scores 0 with a message saying why and ``response_ok=False``: never an exception.
"""

from dataclasses import dataclass, replace
from fractions import Fraction

from question_bank import (FreeTextItem, MultipleChoiceItem, NumericItem, ShortAnswerItem, SingleChoiceItem,
                           compile_pattern, normalise_answer)
from question_bank.items import to_decimal

from .errors import GraderError
from .signals import GRADED, PENDING, GradedResult

#: The result kind of a quiz answer, for the vetting signals.
QUIZ_KIND = "quiz"
#: Longest short answer graded (longer ones are refused, which also bounds regex matching time).
MAX_SHORT_ANSWER_CHARS = 1_000
#: Longest numeric answer text (a number longer than this is a paste error, not an answer).
MAX_NUMERIC_ANSWER_CHARS = 100
#: Longest free-text answer kept for review (about ten pages).
MAX_FREE_TEXT_CHARS = 50_000


class RubricError(GraderError):
    """Rubric scores cannot be applied as given (missing or unknown criterion, points out of range...)."""


@dataclass(frozen=True)
class ItemGrade:
    """The outcome of one answer: ``score`` of ``max_points``, ``status`` graded or pending, and why."""

    item_id: str
    item_type: str
    status: str
    score: float
    max_points: float
    message: str
    explanation: str
    response_ok: bool = True
    rubric: tuple = ()
    awarded: tuple = ()
    reviewer: str | None = None

    @property
    def fraction(self):
        """The score as a fraction of the maximum, in [0, 1]."""
        return self.score / self.max_points if self.max_points else 0.0

    @property
    def feedback(self):
        """What was right or wrong, then the item's explanation."""
        return f"{self.message}\n\n{self.explanation}".strip()

    def to_json(self):
        """A JSON-ready dict."""
        return {"item_id": self.item_id, "item_type": self.item_type, "status": self.status, "score": self.score,
                "max_points": self.max_points, "fraction": self.fraction, "message": self.message,
                "feedback": self.feedback, "response_ok": self.response_ok, "reviewer": self.reviewer,
                "awarded": [{"criterion": c, "points": p} for c, p in self.awarded]}


def _grade(item, fraction, message, *, status=GRADED, response_ok=True):
    fraction = Fraction(fraction)
    return ItemGrade(item.id, item.type, status, float(fraction * Fraction(item.points)), float(item.points),
                     message, item.explanation, response_ok,
                     rubric=getattr(item, "rubric", ()))


def _bad(item, message):
    return _grade(item, 0, f"{message} This answer scores 0.", response_ok=False)


def _blank(response):
    return response is None or (isinstance(response, str) and not response.strip())


def _ids(ids):
    return ", ".join(ids) if ids else "none"


def _single_choice(item, response):
    ids = [option.id for option in item.options]
    if not isinstance(response, str):
        return _bad(item, f"Expected one option id (one of {_ids(ids)}), got {type(response).__name__}.")
    choice = response.strip()
    if choice not in ids:
        return _bad(item, f"'{choice}' is not an option of this question; the options are {_ids(ids)}.")
    if choice == item.answer:
        return _grade(item, 1, f"Correct: you chose {choice}.")
    return _grade(item, 0, f"Incorrect: you chose {choice}; the correct option is {item.answer}.")


def _multiple_choice(item, response):
    ids = [option.id for option in item.options]
    if isinstance(response, str) or not isinstance(response, (list, tuple, set, frozenset)):
        return _bad(item, f"Expected a list of option ids (from {_ids(ids)}), got {type(response).__name__}.")
    if not all(isinstance(choice, str) for choice in response):
        return _bad(item, f"Expected option ids as text (from {_ids(ids)}).")
    picks = {choice.strip() for choice in response}
    unknown = sorted(picks - set(ids))
    if unknown:
        return _bad(item, f"{_ids(unknown)} {'is not an option' if len(unknown) == 1 else 'are not options'} "
                          f"of this question; the options are {_ids(ids)}.")
    right = [i for i in ids if i in picks and i in item.answer]
    wrong = [i for i in ids if i in picks and i not in item.answer]
    worth = Fraction(1, len(item.answer))
    fraction = max(Fraction(0), worth * len(right) - Fraction(item.penalty) * worth * len(wrong))
    message = (f"You chose {_ids([i for i in ids if i in picks])}: {len(right)} of {len(item.answer)} correct "
               f"option(s) ({_ids(right)}) and {len(wrong)} wrong pick(s) ({_ids(wrong)}); "
               f"the correct options are {_ids(list(item.answer))}.")
    return _grade(item, fraction, message)


def _numeric(item, response):
    if isinstance(response, bool) or not isinstance(response, (int, float, str)):
        return _bad(item, f"Expected a number, got {type(response).__name__}.")
    if isinstance(response, str) and len(response.strip()) > MAX_NUMERIC_ANSWER_CHARS:
        return _bad(item, f"The answer is longer than {MAX_NUMERIC_ANSWER_CHARS} characters; enter a plain number.")
    value = to_decimal(response.strip() if isinstance(response, str) else response)
    if value is None:
        return _bad(item, f"'{response}' is not a number; enter digits with a dot for decimals, e.g. 0.25.")
    unit = f" {item.unit}" if item.unit else ""
    shown = response.strip() if isinstance(response, str) else repr(response)
    if item.tolerance.accepts(value, item.answer):
        return _grade(item, 1, f"Correct: {shown}{unit} (the answer is {item.answer}{unit}, "
                               f"accepted {item.tolerance.describe()}).")
    return _grade(item, 0, f"Incorrect: {shown}{unit}; the answer is {item.answer}{unit} "
                           f"(accepted {item.tolerance.describe()}).")


def _short_answer(item, response):
    if not isinstance(response, str):
        return _bad(item, f"Expected text, got {type(response).__name__}.")
    if len(response) > MAX_SHORT_ANSWER_CHARS:
        return _bad(item, f"The answer is longer than {MAX_SHORT_ANSWER_CHARS} characters; keep it short.")
    answer = normalise_answer(response, item.case_sensitive)
    forms = {normalise_answer(form, item.case_sensitive) for form in item.accepted}
    regex = compile_pattern(item.pattern, item.case_sensitive)[0] if item.pattern else None
    if answer in forms or (regex is not None and regex.fullmatch(answer)):
        return _grade(item, 1, f"Correct: '{' '.join(response.split())}'.")
    expected = f"; accepted answers include '{item.accepted[0]}'" if item.accepted else ""
    return _grade(item, 0, f"Incorrect: '{' '.join(response.split())}' is not an accepted answer{expected}.")


def _free_text(item, response):
    if not isinstance(response, str):
        return _bad(item, f"Expected text, got {type(response).__name__}.")
    if len(response) > MAX_FREE_TEXT_CHARS:
        return _bad(item, f"The answer is longer than {MAX_FREE_TEXT_CHARS} characters; shorten it.")
    return _grade(item, 0, "Your answer awaits a recruiter's review against the rubric.", status=PENDING)


#: The grading rule of each item class.
RULES = {SingleChoiceItem: _single_choice, MultipleChoiceItem: _multiple_choice, NumericItem: _numeric,
         ShortAnswerItem: _short_answer, FreeTextItem: _free_text}


def grade_item(item, response):
    """Grade ``response`` to quiz ``item``; never raises for a bad response (it scores 0 with a message)."""
    rule = RULES.get(type(item))
    if rule is None:
        raise GraderError(f"cannot grade {type(item).__name__}: not a quiz item")
    if _blank(response) or (isinstance(response, (list, tuple, set, frozenset)) and not response):
        return _grade(item, 0, "No answer was given.")
    return rule(item, response)


def _awarded(grade, points_by_criterion):
    if not hasattr(points_by_criterion, "keys"):
        raise RubricError("rubric scores must map each criterion's text to the points awarded")
    names = [c.criterion for c in grade.rubric]
    unknown = sorted(set(points_by_criterion) - set(names))
    missing = [name for name in names if name not in points_by_criterion]
    if unknown or missing:
        raise RubricError(f"rubric scores must cover exactly the item's criteria; missing: {missing or 'none'}, "
                          f"unknown: {unknown or 'none'}")
    awarded = []
    for criterion in grade.rubric:
        points = points_by_criterion[criterion.criterion]
        if isinstance(points, bool) or not isinstance(points, (int, float)) or not 0 <= points <= criterion.points:
            raise RubricError(f"points for '{criterion.criterion}' must be a number from 0 to {criterion.points}, "
                              f"not {points!r}")
        awarded.append((criterion.criterion, points))
    return tuple(awarded)


def apply_rubric(grade, awarded_points_by_criterion, reviewer):
    """Record a recruiter's rubric points on a free-text ``grade``; returns the new, graded ``ItemGrade``.

    ``awarded_points_by_criterion`` maps every criterion's text to points from 0 to its maximum.
    Applying again (a re-review) replaces the previous scores.  Raises ``RubricError`` when invalid.
    """
    if not grade.rubric:
        raise RubricError(f"item '{grade.item_id}' is {grade.item_type}, not free text: it has no rubric")
    if not isinstance(reviewer, str) or not reviewer.strip():
        raise RubricError("name the reviewer who scored the rubric")
    awarded = _awarded(grade, awarded_points_by_criterion)
    total = Fraction(sum(Fraction(points) for _, points in awarded))
    lines = "; ".join(f"{name}: {points:g} of {c.points}" for (name, points), c in zip(awarded, grade.rubric))
    message = f"Reviewed by {reviewer.strip()}: {float(total):g} of {grade.max_points:g} points ({lines})."
    return replace(grade, status=GRADED, score=float(total), message=message, awarded=awarded,
                   reviewer=reviewer.strip())


def to_graded_result(result_id, item, grade):
    """The ``GradedResult`` (input of the vetting signals) for ``grade``, an answer to ``item``."""
    return GradedResult(result_id, QUIZ_KIND, item.skills, item.difficulty, grade.fraction, grade.status)
