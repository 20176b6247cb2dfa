"""The LLM and applied-research tracks draw easy take-homes of their own where their level allows easy ones (issue 12)."""

import pytest

import assessments
from assessments.blueprint import TAKEHOME, VETTING
from assessments.draw import drawable_items

TRACKS_WITH_EASY_TAKEHOMES = ("llm-engineer", "applied-research")


@pytest.mark.parametrize("track", TRACKS_WITH_EASY_TAKEHOMES)
def test_take_home_sections_that_allow_easy_draw_an_easy_take_home(track):
    """Every take-home section of the track whose levels include easy can draw an easy take-home of the bank."""
    pool = assessments.load_pool()
    sections = [section for blueprint in assessments.load_blueprints()
                if blueprint.kind == VETTING and blueprint.track == track
                for section in blueprint.sections if section.kind == TAKEHOME and "easy" in section.any_of]
    assert sections, track
    for section in sections:
        easy = [item.id for item in drawable_items(section, pool) if item.difficulty == "easy"]
        assert easy, (track, section.id)


def test_each_blueprint_draws_only_take_homes_of_its_level():
    """The take-homes a section can draw have one of the difficulties the section allows."""
    pool = assessments.load_pool()
    for blueprint in assessments.load_blueprints():
        for section in (s for s in blueprint.sections if s.kind == TAKEHOME and s.any_of):
            assert {item.difficulty for item in drawable_items(section, pool)} <= set(section.any_of), blueprint.id
