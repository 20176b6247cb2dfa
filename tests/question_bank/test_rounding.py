"""Numeric items state their rounding; the tolerance must accept every answer that follows it."""

from decimal import Decimal

import pytest

from question_bank.check import check_bank
from question_bank.rounding import Rounding, parse_rounding

from .helpers import GOOD_BANK


@pytest.mark.parametrize("rounding, exact, following", [
    (Rounding("decimals", 3), 0.63396765, ("0.633", "0.634")),
    (Rounding("decimals", 2), 0.07000000000000002, ("0.07",)),  # float noise is not a digit
    (Rounding("integer"), 3838.4, ("3838", "3839")),
    (Rounding("significant", 2), 0.000999999980, ("0.00099", "0.0010")),
    (Rounding("significant", 1), 1000, ("1000",)),
    (Rounding("decimals", 1), -0.25, ("-0.3", "-0.2")),
])
def test_the_answers_that_follow_a_rounding(rounding, exact, following):
    assert rounding.following(exact) == tuple(Decimal(value) for value in following)


def test_instructions_and_keys():
    assert Rounding("integer").instruction() == "Give a whole number."
    assert Rounding("decimals", 1).instruction() == "Round to 1 decimal place."
    assert Rounding("significant", 3).instruction() == "Round to 3 significant figures."
    assert Rounding("decimals", 2).is_followed_by(0.25) and not Rounding("decimals", 2).is_followed_by(0.254)
    assert Rounding("significant", 2).is_followed_by(7.5e-05) and not Rounding("integer").is_followed_by(2.5)


@pytest.mark.parametrize("value, ok", [("integer", True), ({"decimals": 0}, True), ({"significant": 0}, False),
                                       ({"decimals": 13}, False), ({"decimals": 2, "significant": 2}, False),
                                       ("nearest", False), ({"decimals": True}, False)])
def test_parse_rounding(value, ok):
    assert isinstance(parse_rounding(value), Rounding) is ok


def multiple_choice(item_id, correct):
    options = ", ".join(f"{{id: {letter}, text: Option {letter}}}" for letter in "abcde")
    answer = ", ".join("abcde"[:correct])
    return (f"  - {{id: {item_id}, type: multiple_choice, prompt: P, skills: [maths.probability], "
            f"difficulty: easy,\n     options: [{options}], answer: [{answer}], explanation: E}}\n")


@pytest.mark.parametrize("counts, balanced", [((5, 5, 5, 5), True), ((0, 2, 14, 4), False), ((3, 7, 5, 5), True),
                                              ((2, 6, 6, 6), False)])
def test_multiple_choice_keys_must_not_give_away_the_number_of_correct_options(tmp_path, counts, balanced):
    (tmp_path / "quiz").mkdir()
    (tmp_path / "skills.yaml").write_text((GOOD_BANK / "skills.yaml").read_text())
    items = [multiple_choice(f"mc-{correct}-{n}", correct) for correct, count in zip((1, 2, 3, 4), counts)
             for n in range(count)]
    (tmp_path / "quiz" / "mc.yaml").write_text("items:\n" + "".join(items))
    report = check_bank(tmp_path)
    assert report.ok is balanced, report.lines()
    if not balanced:
        assert "multiple-choice keys are unbalanced" in report.errors[0].message
