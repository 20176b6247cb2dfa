"""The shipped bank against the shipped blueprints: every blueprint can draw a form from it.

Forms drawn for 100 seeds per blueprint from the real bank all satisfy their blueprint.  A
blueprint the bank cannot satisfy fails with the ``BlueprintError`` naming the section and
what the bank lacks.
"""

import pytest

import assessments
from assessments.blueprint import QUIZ

#: Seeds tried per blueprint against the real bank.
SEEDS = range(100)
BLUEPRINTS = assessments.load_blueprints()


@pytest.fixture(scope="module")
def real_pool():
    """Every item of the shipped bank."""
    return assessments.load_pool()


def _check(blueprint, pool):
    for seed in SEEDS:
        try:
            form = assessments.draw_form(blueprint, pool, seed)
        except assessments.BlueprintError as exc:
            pytest.fail(f"the shipped bank cannot satisfy {blueprint.id}: {exc}")
        assert assessments.form_problems(form, blueprint) == [], (blueprint.id, seed)


@pytest.mark.parametrize("blueprint", BLUEPRINTS, ids=[b.id for b in BLUEPRINTS])
def test_the_real_bank_satisfies_every_blueprint(blueprint, real_pool):
    _check(blueprint, real_pool)


@pytest.mark.parametrize("blueprint", [b for b in BLUEPRINTS if {s.kind for s in b.sections} == {QUIZ}],
                         ids=lambda b: b.id)
def test_the_real_bank_satisfies_quiz_only_blueprints(blueprint, real_pool):
    _check(blueprint, real_pool)
