"""Blueprint files: the shipped ones are valid and cover every level, track and stage; errors are all reported."""

import pytest

import assessments
from assessments.draw import drawable_items
from assessments.blueprint import CODING, LEVELS, MOCK, QUIZ, STAGES, TAKEHOME, TRACKS, VETTING, item_areas
from assessments.mix import resolve_proportions
from tests.question_bank.helpers import expectations

from .helpers import BAD_BLUEPRINTS

#: The example sections of the issue: (kind, count, minutes) of a vetting assessment; quiz sections are timed
#: by their items' own estimates, coding sections by the most their forms can need (issue 12).
VETTING_CODING = ((CODING, 2, 60), (CODING, 2, 75))
VETTING_QUIZ = (QUIZ, 20, None)
MOCK_MINUTES = {"recruiter-screen": 30, "coding": 60, "ml-fundamentals": None}


@pytest.fixture(scope="module")
def shipped():
    """The shipped blueprints."""
    return assessments.load_blueprints()


def test_shipped_blueprints_have_no_findings():
    report = assessments.check_blueprints()
    assert report.ok and not report.warnings, "\n".join(report.lines())


def test_vetting_blueprints_cover_every_level_and_track(shipped):
    vetting = [b for b in shipped if b.kind == VETTING]
    assert {b.level for b in vetting} == set(LEVELS)
    assert {b.track for b in vetting} == set(TRACKS)


def test_vetting_sections_follow_the_issue(shipped):
    for blueprint in (b for b in shipped if b.kind == VETTING):
        shapes = {(s.kind, s.count, s.minutes) for s in blueprint.sections}
        assert shapes & set(VETTING_CODING) and VETTING_QUIZ in shapes, blueprint.id
        takehomes = [s for s in blueprint.sections if s.kind == TAKEHOME]
        assert len(takehomes) == 1 and takehomes[0].deadline_hours and takehomes[0].minutes is None


def _levels(section):
    """The difficulties a section may draw."""
    return set(section.any_of) or {level for level, count in section.difficulty if count}


def _drawable(blueprint, kind, pool, section_id=None):
    """The items some valid form of the blueprint's sections of this kind (or this id) contains, by id."""
    return {item.id: item for section in blueprint.sections
            if section.kind == kind and section_id in (None, section.id) for item in drawable_items(section, pool)}


def _track_takehomes(shipped, track, pool, belongs):
    """For each vetting blueprint of the track: (blueprint, what its take-home section can draw, what it should)."""
    for blueprint in (b for b in shipped if b.kind == VETTING and b.track == track):
        section = next(s for s in blueprint.sections if s.kind == TAKEHOME)
        wanted = {item.id for item in pool if item.kind == TAKEHOME and belongs(item)
                  and item.difficulty in _levels(section)}
        yield blueprint, set(_drawable(blueprint, TAKEHOME, pool)), wanted


def test_ai_safety_blueprints_draw_responsible_ai_take_homes(shipped):
    """Every level of the AI-safety track draws every responsible-AI take-home of its levels, and no other."""
    pool = assessments.load_pool()
    levels = list(_track_takehomes(shipped, "ai-safety", pool, lambda item: "responsible-ai" in item_areas(item)))
    assert levels
    for blueprint, drawn, wanted in levels:
        assert "safety-fairness-audit" in drawn and drawn == wanted, blueprint.id
    assert len({item.difficulty for item in pool if item.kind == TAKEHOME and "responsible-ai" in item_areas(item)}) > 1


def test_mlops_blueprints_draw_every_mlops_take_home_of_their_levels(shipped):
    pool = assessments.load_pool()
    levels = list(_track_takehomes(shipped, "mlops", pool, lambda item: "mlops" in item_areas(item)))
    assert levels
    for blueprint, drawn, wanted in levels:
        assert drawn and drawn == wanted, blueprint.id
    assert "easy" in {item.difficulty for item in pool if item.kind == TAKEHOME and "mlops" in item_areas(item)}


def test_applied_research_blueprints_draw_only_experiment_design_take_homes(shipped):
    pool = assessments.load_pool()
    levels = list(_track_takehomes(shipped, "applied-research", pool,
                                   lambda item: "evaluation.experiment-design" in item.skills))
    assert levels
    for blueprint, drawn, wanted in levels:
        assert drawn and drawn == wanted and "safety-fairness-audit" not in drawn, blueprint.id


def test_ai_safety_written_sections_draw_responsible_ai_explanations(shipped):
    """Each AI-safety level has a written section beyond system design, drawing responsible-AI free text."""
    pool = assessments.load_pool()
    for blueprint in (b for b in shipped if b.kind == VETTING and b.track == "ai-safety"):
        written = _drawable(blueprint, QUIZ, pool, "written")
        assert written, blueprint.id
        assert all(item.type == "free_text" and "responsible-ai" in item_areas(item) for item in written.values())


def test_mock_blueprints_mirror_the_stages(shipped):
    mocks = {b.stage: b for b in shipped if b.kind == MOCK}
    assert set(mocks) == set(STAGES)
    for stage, minutes in MOCK_MINUTES.items():
        assert [s.minutes for s in mocks[stage].sections] == [minutes]
    assert {s.kind for s in mocks["full-loop"].sections} == {CODING, QUIZ, TAKEHOME}


def test_the_recruiter_screen_is_answered_in_writing(shipped, tmp_path):
    screen = next(b for b in shipped if b.kind == MOCK and b.stage == "recruiter-screen")
    assert [s.types for s in screen.sections] == [("free_text",)]
    (tmp_path / "spoken-screen.yaml").write_text(
        "id: spoken-screen\ntitle: A screen with choices\nkind: mock\nstage: recruiter-screen\nsections:\n"
        "  - {id: screen, title: Screen, kind: quiz, count: 2, minutes: 10, difficulty: {easy: 2}}\n")
    blueprints, findings = assessments.read_blueprints(tmp_path)
    assert blueprints == () and ["draws only items of type free_text" in f.message for f in findings] == [True]


def test_every_marked_error_is_reported_and_nothing_else():
    blueprints, findings = assessments.read_blueprints(BAD_BLUEPRINTS)
    assert blueprints == ()
    expected = expectations(BAD_BLUEPRINTS)
    assert sorted((f.file, f.line) for f in findings) == sorted((file, line) for file, line, *_ in expected)
    by_place = {(f.file, f.line): f for f in findings}
    for file, line, severity, text in expected:
        assert by_place[(file, line)].severity == severity and text in by_place[(file, line)].message


def test_load_raises_with_every_error():
    with pytest.raises(assessments.BlueprintError) as caught:
        assessments.load_blueprints(BAD_BLUEPRINTS)
    assert len(caught.value.findings) == len(expectations(BAD_BLUEPRINTS))
    assert "many-problems.yaml:7: error: blueprint: unknown key 'colour'" in str(caught.value)


def test_check_report_counts_the_files():
    report = assessments.check_blueprints(BAD_BLUEPRINTS)
    assert not report.ok and report.summary().startswith("checked 5 blueprint items")


def test_unknown_blueprint_names_the_known_ones():
    with pytest.raises(assessments.BlueprintError, match="there is no blueprint 'nope'; known blueprints: mock-coding"):
        assessments.get_blueprint("nope")


def test_invalid_blueprint_by_id_lists_its_errors():
    with pytest.raises(assessments.BlueprintError, match="blueprint 'wrong-stage' is invalid"):
        assessments.get_blueprint("wrong-stage", BAD_BLUEPRINTS)


@pytest.mark.parametrize("proportions, count, expected", [
    ({"easy": 0.35, "medium": 0.45, "hard": 0.2}, 20, (7, 9, 4)),
    ({"easy": 0.4, "medium": 0.4, "hard": 0.2}, 15, (6, 6, 3)),
    ({"easy": 0.5, "medium": 0.5}, 3, (2, 1, 0)),  # a tie goes to the easier level
    ({"easy": 0.2, "medium": 0.45, "hard": 0.35}, 20, (4, 9, 7)),
    ({"hard": 1.0}, 1, (0, 0, 1)),
])
def test_proportions_resolve_to_exact_counts(proportions, count, expected):
    assert tuple(n for _, n in resolve_proportions(proportions, count)) == expected
