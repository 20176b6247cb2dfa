"""Groups never share a form, take-homes of any allowed difficulty, time that fits, and what can really be drawn."""

import dataclasses

import assessments
from assessments.blueprint import CODING, QUIZ, TAKEHOME, Blueprint, Rule, Section
from assessments.check import blueprint_problems, check_blueprints
from assessments.draw import drawable_items
from assessments.timing import max_form_minutes, time_problem
from question_bank.paths import DEFAULT_BANK_ROOT
from question_bank.report import Report

from .helpers import item


def quiz_pool():
    """20 quiz items in 5 groups of 3 (a shared stem) and 5 loose ones, 2 minutes each."""
    grouped = [dataclasses.replace(item(QUIZ, f"g{g}-{n}", skills=("maths.probability",)), group=f"stem-{g}",
                                   minutes=2.0) for g in range(5) for n in range(3)]
    loose = [dataclasses.replace(item(QUIZ, f"loose-{n}", skills=("maths.probability",)), minutes=2.0)
             for n in range(5)]
    return grouped + loose


def test_items_of_a_group_are_never_drawn_into_one_form():
    pool = quiz_pool()
    sections = (Section("a", "A", QUIZ, 5, (("easy", 5),)), Section("b", "B", QUIZ, 5, (("easy", 5),)))
    blueprint = Blueprint("groups", "Groups", "mock", sections, stage="ml-fundamentals")
    for seed in range(50):
        form = assessments.draw_form(blueprint, pool, seed)
        groups = [i.group for s in form.sections for i in s.items if i.group]
        assert len(groups) == len(set(groups)) and assessments.form_problems(form, blueprint) == [], seed


def test_a_form_holding_two_items_of_a_group_is_reported():
    pool = quiz_pool()
    section = Section("a", "A", QUIZ, 2, (("easy", 2),))
    form = assessments.Form("x", 0, "", (assessments.FormSection("a", "A", QUIZ, 5, None, tuple(pool[:2])),))
    assert assessments.form_problems(form, Blueprint("x", "X", "mock", (section,), stage="ml-fundamentals")) == \
        ["section 'a' draws 2 items of group 'stem-0'", "group 'stem-0' is drawn 2 times"]


def test_quiz_sections_without_minutes_are_timed_by_their_items():
    section = Section("a", "A", QUIZ, 4, (("easy", 4),))
    form = assessments.draw_form(Blueprint("t", "T", "mock", (section,), stage="ml-fundamentals"), quiz_pool(), 1)
    assert form.sections[0].minutes == 8 and time_problem(section, quiz_pool()) is None


def coding_pool():
    return [dataclasses.replace(item(CODING, f"e{n}", "easy"), minutes=15.0 + n) for n in range(3)] + \
        [dataclasses.replace(item(CODING, f"h{n}", "hard"), minutes=40.0 + 5 * n) for n in range(3)]


def test_a_coding_section_must_leave_every_form_enough_time():
    pool = coding_pool()
    tight = Section("coding", "Coding", CODING, 2, (("easy", 1), ("hard", 1)), minutes=60)
    assert max_form_minutes(tight, pool) == 17 + 50
    assert time_problem(tight, pool) == ("section 'coding' can draw items estimated at 67 minutes in all, more than "
                                         "its 60 minutes (longest: h2 50, h1 45, h0 40); raise 'minutes' or exclude "
                                         "the longest items")
    assert time_problem(dataclasses.replace(tight, minutes=70), pool) is None


def test_take_homes_of_any_allowed_difficulty_and_only_those_the_rules_allow():
    pool = [item(TAKEHOME, "easy-mlops", "easy", ("mlops.monitoring",)),
            item(TAKEHOME, "hard-mlops", "hard", ("mlops.pipelines",)),
            item(TAKEHOME, "medium-nlp", "medium", ("generative-ai.rag",))]
    section = Section("takehome", "Take-home", TAKEHOME, 1, (("any", 1),), deadline_hours=72,
                      require=(Rule(1, areas=("mlops",)),), any_of=("easy", "medium", "hard"))
    assert [i.id for i in drawable_items(section, pool)] == ["easy-mlops", "hard-mlops"]
    blueprint = Blueprint("t", "T", "mock", (section,), stage="takehome")
    drawn = {assessments.draw_form(blueprint, pool, seed).item_ids for seed in range(40)}
    assert drawn == {("easy-mlops",), ("hard-mlops",)}


def test_the_bank_check_fails_on_a_blueprint_whose_forms_cannot_be_finished(tmp_path):
    (tmp_path / "slow.yaml").write_text(
        "id: slow\ntitle: Too slow\nkind: mock\nstage: coding\nsections:\n  - id: coding\n    title: Coding\n"
        "    kind: coding\n    count: 2\n    minutes: 30\n    difficulty: {easy: 1, medium: 1}\n")
    report = Report()
    check_blueprints(DEFAULT_BANK_ROOT, report, blueprint_dir=tmp_path)  # the shipped bank's coding problems
    assert not report.ok and "section 'coding' can draw items estimated at" in report.errors[0].message
    assert report.errors[0].file.endswith("slow.yaml")


def test_shipped_blueprints_fit_the_shipped_bank():
    pool = assessments.load_pool()
    assert {b.id: blueprint_problems(b, pool) for b in assessments.load_blueprints()} == \
        {b.id: [] for b in assessments.load_blueprints()}
