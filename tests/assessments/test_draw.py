"""Drawing forms: 100 seeds per blueprint satisfy it, seeds differ, and unsatisfiable pools fail clearly."""

import random

import pytest

import assessments
from assessments.blueprint import CODING, QUIZ, Blueprint, Rule, Section
from assessments.draw import MAX_ATTEMPTS

from .helpers import item, synthetic_pool

#: Seeds per blueprint in the satisfaction test (the issue's "100 seeds").
SEEDS = range(100)
#: Of 100 forms of a blueprint drawn from the synthetic pool, at least this many must differ.
MIN_DISTINCT_FORMS = 20


@pytest.fixture(scope="module")
def pool():
    """The synthetic pool, which satisfies every shipped blueprint."""
    return synthetic_pool()


@pytest.fixture(scope="module")
def forms(pool):
    """Blueprint -> its forms for ``SEEDS``."""
    return {b: [assessments.draw_form(b, pool, seed) for seed in SEEDS] for b in assessments.load_blueprints()}


def test_forms_for_100_seeds_satisfy_every_blueprint(forms):
    for blueprint, drawn in forms.items():
        for form in drawn:
            assert assessments.form_problems(form, blueprint) == [], (blueprint.id, form.seed)


def test_forms_of_a_blueprint_have_equivalent_difficulty(forms):
    for blueprint, drawn in forms.items():
        fixed = [i for i, section in enumerate(blueprint.sections) if not section.any_of]
        for form in drawn:
            assert [form.sections[i].difficulty_counts() for i in fixed] == \
                [dict(blueprint.sections[i].difficulty) for i in fixed]
            for section, drawn_section in zip(blueprint.sections, form.sections):
                assert all(item.difficulty in section.levels for item in drawn_section.items), blueprint.id


def test_different_seeds_give_different_forms(forms):
    for blueprint, drawn in forms.items():
        assert drawn[1].item_ids != drawn[2].item_ids, blueprint.id
        assert len({form.item_ids for form in drawn}) >= MIN_DISTINCT_FORMS, blueprint.id


def test_same_seed_same_form_whatever_the_pool_order(pool):
    blueprint = assessments.get_blueprint("vetting-new-grad-llm-engineer")
    shuffled = list(pool)
    random.Random(1).shuffle(shuffled)
    first = assessments.draw_form(blueprint, pool, 42)
    assert assessments.draw_form(blueprint, shuffled, 42) == first
    assert assessments.draw_form(blueprint, list(reversed(pool)) + pool[:10], 42) == first  # duplicates ignored


def test_the_same_seed_differs_between_blueprints(pool):
    coding = [assessments.draw_form(assessments.get_blueprint(b), pool, 7).sections[0].item_ids
              for b in ("mock-coding", "vetting-intern-ml-engineer")]
    assert coding[0] != coding[1]


def test_rebuild_gives_the_same_form(pool):
    form = assessments.draw_form(assessments.get_blueprint("mock-full-loop"), pool, 12345)
    assert assessments.rebuild_form("mock-full-loop", 12345, pool=pool) == form
    assert form.to_json()["pool_digest"] == assessments.pool_digest(pool)


def test_form_json_lists_sections_with_item_ids(pool):
    data = assessments.draw_form(assessments.get_blueprint("vetting-experienced-mlops"), pool, 3).to_json()
    assert data["blueprint"] == "vetting-experienced-mlops" and data["seed"] == 3
    assert [s["id"] for s in data["sections"]] == ["coding", "ml-fundamentals", "system-design", "takehome"]
    assert data["sections"][0]["minutes"] == 75 and len(data["sections"][0]["items"]) == 2
    assert data["sections"][3]["deadline_hours"] == 72
    assert data["sections"][1]["difficulty"] == {"easy": 4, "medium": 9, "hard": 7}


def test_items_within_a_section_are_easiest_first(pool):
    form = assessments.draw_form(assessments.get_blueprint("mock-ml-fundamentals"), pool, 5)
    order = ["easy", "medium", "hard"]
    levels = [order.index(i.difficulty) for i in form.sections[0].items]
    assert levels == sorted(levels)


def _section(count=2, difficulty=(("easy", 1), ("medium", 1), ("hard", 0)), require=(), kind=CODING, **extra):
    return Section("round", "Round", kind, count, difficulty, minutes=30, require=require, **extra)


def _blueprint(*sections):
    return Blueprint("tiny", "Tiny", "mock", tuple(sections), stage="coding")


def test_missing_difficulty_raises_a_clear_error():
    pool = [item(CODING, f"easy-{n}", "easy") for n in range(5)]
    with pytest.raises(assessments.BlueprintError) as caught:
        assessments.draw_form(_blueprint(_section()), pool, 1)
    assert str(caught.value) == ("blueprint 'tiny' section 'round' cannot be drawn from this pool: it needs 1 medium "
                                 "item(s) and the pool has 0 it may draw (kind coding); add items or change the "
                                 "difficulty mix")


def test_missing_skill_raises_a_clear_error():
    pool = [item(CODING, f"p{n}", level) for n, level in enumerate(["easy", "medium"] * 3)]
    rule = Rule(1, skills=("algorithms.dynamic-programming",))
    with pytest.raises(assessments.BlueprintError, match=r"section 'round' cannot be drawn from this pool: it needs "
                       r"at least 1 item on algorithms.dynamic-programming but only 0 such item\(s\) fit its "
                       r"difficulty mix \(1 easy, 1 medium\)"):
        assessments.draw_form(_blueprint(_section(require=(rule,))), pool, 1)


def test_rules_competing_for_the_same_slot_raise_a_clear_error():
    pool = [item(CODING, "dp", "easy", ["algorithms.dynamic-programming"]),
            item(CODING, "graph", "easy", ["algorithms.graphs"]),
            item(CODING, "other", "medium", ["algorithms.strings"])]
    rules = (Rule(1, skills=("algorithms.dynamic-programming",)), Rule(1, skills=("algorithms.graphs",)))
    with pytest.raises(assessments.BlueprintError, match=f"no 2 items found in {MAX_ATTEMPTS} tries that meet all"):
        assessments.draw_form(_blueprint(_section(require=rules)), pool, 1)


def test_sections_never_share_an_item():
    pool = [item(QUIZ, f"q{n}", "easy", type_="numeric") for n in range(3)]
    quiz = (("easy", 2), ("medium", 0), ("hard", 0))
    first, second = _section(kind=QUIZ, difficulty=quiz), Section("again", "Again", QUIZ, 2, quiz, minutes=10)
    with pytest.raises(assessments.BlueprintError, match="section 'again'.* 2 easy item\\(s\\) and the pool has 1"):
        assessments.draw_form(_blueprint(first, second), pool, 0)


def test_types_and_exclusions_limit_what_is_drawn():
    pool = [item(QUIZ, f"{t}-{n}", "easy", type_=t) for t in ("numeric", "free_text") for n in range(4)]
    pool.append(item(QUIZ, "numeric-banned", "easy", type_="numeric"))
    section = _section(count=4, kind=QUIZ, difficulty=(("easy", 4), ("medium", 0), ("hard", 0)), types=("numeric",),
                       exclude=assessments.Exclusions(items=("numeric-banned",)))
    form = assessments.draw_form(_blueprint(section), pool, 9)
    assert sorted(form.item_ids) == [f"numeric-{n}" for n in range(4)]


def test_form_problems_spot_a_broken_form(pool):
    blueprint = assessments.get_blueprint("mock-coding")
    form = assessments.draw_form(blueprint, pool, 1)
    broken = assessments.Form(form.blueprint, 1, "", (assessments.FormSection(
        "coding", "Coding round", CODING, 45, None, form.sections[0].items[:1] * 2),))
    problems = assessments.form_problems(broken, blueprint)
    assert "section 'coding' has 0 medium items instead of 1" in problems
    assert "section 'coding' draws an item twice" in problems


@pytest.mark.parametrize("seed", [-1, True, "3", 1.5])
def test_seed_must_be_a_whole_number(pool, seed):
    with pytest.raises(assessments.BlueprintError, match="the seed must be a whole number"):
        assessments.draw_form(assessments.get_blueprint("mock-coding"), pool, seed)
