"""Quiz grading: every type's rule with exact numbers, bad responses, pending free text and the rubric."""

import pytest

from grader import GradedResult, GraderError, RubricError, apply_rubric, grade_item, to_graded_result
from question_bank import load_quiz

from ..question_bank.helpers import GOOD_BANK


@pytest.fixture(scope="module")
def items():
    """The good fixture items by id (one of each type, known answers)."""
    return {item.id: item for item in load_quiz(GOOD_BANK / "quiz")}


def grade(items, item_id, response):
    return grade_item(items[item_id], response)


# single choice ---------------------------------------------------------------------------------

def test_single_choice_right_and_wrong(items):
    right = grade(items, "sc-1", "b")
    assert (right.score, right.max_points, right.status, right.fraction) == (1.0, 1.0, "graded", 1.0)
    assert right.message == "Correct: you chose b."
    assert right.feedback == "Correct: you chose b.\n\nB is right."
    wrong = grade(items, "sc-1", " a ")
    assert (wrong.score, wrong.response_ok) == (0.0, True)
    assert wrong.message == "Incorrect: you chose a; the correct option is b."


@pytest.mark.parametrize("response, message", [
    ("z", "'z' is not an option of this question; the options are a, b, c. This answer scores 0."),
    (["b"], "Expected one option id (one of a, b, c), got list. This answer scores 0."),
    (2, "Expected one option id (one of a, b, c), got int. This answer scores 0."),
])
def test_single_choice_bad_responses(items, response, message):
    result = grade(items, "sc-1", response)
    assert (result.score, result.response_ok, result.message) == (0.0, False, message)


# multiple choice ------------------------------------------------------------------------------

@pytest.mark.parametrize("picks, score", [
    (["a", "b", "c"], 3.0),            # every correct option: full 3 points
    (["c", "a", "b", "a"], 3.0),       # order and duplicates do not matter
    (["a", "b"], 2.0),                 # two of three correct picks
    (["a", "b", "c", "d"], 2.0),       # one wrong pick costs one correct pick's worth
    (["a", "b", "c", "d", "e"], 1.0),  # picking everything never earns the full score
    (["a", "d", "e"], 0.0),            # 1 - 2 < 0: floored at 0
    (["d"], 0.0),
    (("a",), 1.0),
    ({"a", "b"}, 2.0),
])
def test_multiple_choice_partial_credit_and_penalty(items, picks, score):
    assert grade(items, "mc-1", picks).score == score


@pytest.mark.parametrize("picks, score", [
    (["a", "b"], 1.0),
    (["a", "c"], 0.25),                # (1 - 0.5) / 2
    (["a", "b", "c"], 0.75),           # (2 - 0.5) / 2
    (["a", "b", "c", "d"], 0.5),       # (2 - 1) / 2
    (["c", "d"], 0.0),                 # floored
])
def test_multiple_choice_custom_penalty(items, picks, score):
    assert grade(items, "mc-2", picks).score == score


def test_multiple_choice_message(items):
    result = grade(items, "mc-1", ["a", "d"])
    assert result.message == ("You chose a, d: 1 of 3 correct option(s) (a) and 1 wrong pick(s) (d); "
                              "the correct options are a, b, c.")


@pytest.mark.parametrize("response, message", [
    (["a", "z"], "z is not an option of this question; the options are a, b, c, d, e."),
    (["y", "z"], "y, z are not options of this question; the options are a, b, c, d, e."),
    ("a", "Expected a list of option ids (from a, b, c, d, e), got str."),
    ([1], "Expected option ids as text (from a, b, c, d, e)."),
])
def test_multiple_choice_bad_responses(items, response, message):
    result = grade(items, "mc-1", response)
    assert (result.score, result.response_ok, result.message) == (0.0, False, f"{message} This answer scores 0.")


# numeric -----------------------------------------------------------------------------------

@pytest.mark.parametrize("item_id, response, correct", [
    ("num-1", "0.5", True),
    ("num-1", "0.51", True),           # exactly on the absolute edge: accepted (no float error)
    ("num-1", 0.51, True),
    ("num-1", "0.49", True),
    ("num-1", "0.5100001", False),     # just outside
    ("num-1", 0.4899999, False),
    ("num-1", " 5e-1 ", True),
    ("num-1", "1/2", None),            # not a number: bad response
    ("num-2", 1050, True),             # exactly 5% above 1000
    ("num-2", "950", True),
    ("num-2", "1.05e3", True),
    ("num-2", 1050.0001, False),
    ("num-2", 949.99, False),
    ("num-3", "2.1", True),            # within abs 0.1 though outside rel 1%
    ("num-3", "2.15", False),
    ("num-3", 2, True),
    ("num-4", 0.634, True),
    ("num-4", "0.63", False),
])
def test_numeric_tolerance_edges(items, item_id, response, correct):
    result = grade(items, item_id, response)
    if correct is None:
        assert (result.score, result.response_ok) == (0.0, False)
    else:
        assert result.score == (1.0 if correct else 0.0) and result.response_ok


def test_numeric_messages(items):
    assert grade(items, "num-1", "0.505").message == "Correct: 0.505 s (the answer is 0.5 s, accepted within 0.01)."
    assert grade(items, "num-2", 2000).message == "Incorrect: 2000; the answer is 1000.0 (accepted within 5%)."


@pytest.mark.parametrize("response", ["abc", "nan", "inf", "1,5", True, [0.5], {"x": 1}, "9" * 101])
def test_numeric_bad_responses(items, response):
    result = grade(items, "num-1", response)
    assert (result.score, result.response_ok) == (0.0, False)
    assert result.message.endswith("This answer scores 0.")


def test_numeric_huge_exponent_is_just_wrong(items):
    result = grade(items, "num-1", "1e999999999")
    assert (result.score, result.response_ok) == (0.0, True)


# short answer --------------------------------------------------------------------------------

@pytest.mark.parametrize("item_id, response, correct", [
    ("sa-1", "gradient descent", True),
    ("sa-1", "  Gradient \t  DESCENT\n", True),   # trimmed, whitespace collapsed, case-insensitive
    ("sa-1", "gd", True),
    ("sa-1", "gradient", False),
    ("sa-1", "gradient descent algorithm", False),
    ("sa-2", "L2", True),                          # the pattern is case-insensitive too
    ("sa-2", "l1 regularization", True),
    ("sa-2", " l2   regularisation ", True),
    ("sa-2", "use l2", False),                     # the pattern must match the whole answer
    ("sa-2", "l2x", False),
    ("sa-2", "l3", False),
    ("sa-3", "ReLU", True),
    ("sa-3", " ReLU ", True),
    ("sa-3", "relu", False),                       # case_sensitive: true
])
def test_short_answer(items, item_id, response, correct):
    assert grade(items, item_id, response).score == (1.0 if correct else 0.0)


def test_short_answer_bad_responses(items):
    assert grade(items, "sa-1", 42).response_ok is False
    too_long = grade(items, "sa-2", "l" * 1001)
    assert (too_long.score, too_long.response_ok) == (0.0, False)


# blank answers -----------------------------------------------------------------------------

@pytest.mark.parametrize("item_id", ["sc-1", "mc-1", "num-1", "sa-1", "ft-1"])
@pytest.mark.parametrize("response", [None, "", "   ", []])
def test_blank_answers_score_zero(items, item_id, response):
    result = grade(items, item_id, response)
    assert (result.score, result.status, result.message) == (0.0, "graded", "No answer was given.")


# free text -------------------------------------------------------------------------------

def test_free_text_is_pending_until_the_rubric_is_applied(items):
    pending = grade(items, "ft-1", "It memorises the training data.")
    assert (pending.status, pending.score, pending.max_points) == ("pending", 0.0, 3.0)
    assert pending.message == "Your answer awaits a recruiter's review against the rubric."
    reviewed = apply_rubric(pending, {"Defines overfitting": 2, "Gives an example": 0.5}, " Ada ")
    assert (reviewed.status, reviewed.score, reviewed.max_points, reviewed.reviewer) == ("graded", 2.5, 3.0, "Ada")
    assert reviewed.fraction == pytest.approx(2.5 / 3)
    assert reviewed.awarded == (("Defines overfitting", 2), ("Gives an example", 0.5))
    assert reviewed.message == ("Reviewed by Ada: 2.5 of 3 points (Defines overfitting: 2 of 2; "
                                "Gives an example: 0.5 of 1).")
    assert pending.status == "pending"  # grades are immutable: apply_rubric returns a new one
    again = apply_rubric(reviewed, {"Defines overfitting": 2, "Gives an example": 1}, "Grace")
    assert (again.score, again.reviewer) == (3.0, "Grace")


@pytest.mark.parametrize("scores, reviewer, message", [
    ({"Defines overfitting": 2}, "Ada", "missing: ['Gives an example']"),
    ({"Defines overfitting": 2, "Gives an example": 1, "Style": 1}, "Ada", "unknown: ['Style']"),
    ({"Defines overfitting": 3, "Gives an example": 1}, "Ada", "from 0 to 2, not 3"),
    ({"Defines overfitting": -1, "Gives an example": 1}, "Ada", "from 0 to 2, not -1"),
    ({"Defines overfitting": True, "Gives an example": 1}, "Ada", "not True"),
    ({"Defines overfitting": "2", "Gives an example": 1}, "Ada", "not '2'"),
    ({"Defines overfitting": 2, "Gives an example": 1}, " ", "name the reviewer"),
    ([2, 1], "Ada", "map each criterion"),
])
def test_invalid_rubric_scores_are_refused(items, scores, reviewer, message):
    pending = grade(items, "ft-1", "An answer.")
    with pytest.raises(RubricError) as caught:
        apply_rubric(pending, scores, reviewer)
    assert message in str(caught.value)


def test_rubric_only_applies_to_free_text(items):
    with pytest.raises(RubricError, match="not free text"):
        apply_rubric(grade(items, "sc-1", "b"), {}, "Ada")


def test_free_text_bad_response(items):
    result = grade(items, "ft-1", 12)
    assert (result.status, result.score, result.response_ok) == ("graded", 0.0, False)


def test_grading_something_that_is_not_an_item_is_a_grader_error():
    with pytest.raises(GraderError):
        grade_item(object(), "a")


def test_to_graded_result_feeds_the_signals(items):
    result = to_graded_result("r1", items["mc-1"], grade(items, "mc-1", ["a", "b"]))
    assert result == GradedResult("r1", "quiz", ("ml-theory.overfitting", "ml-theory.regularisation"), "medium",
                                  2 / 3, "graded")
    pending = to_graded_result("r2", items["ft-1"], grade(items, "ft-1", "text"))
    assert pending.status == "pending"


def test_grade_to_json(items):
    data = grade(items, "sc-1", "b").to_json()
    assert data["score"] == 1.0 and data["status"] == "graded" and data["feedback"].endswith("B is right.")
