"""Blueprints as small frozen dataclasses: an assessment's sections and the rules for drawing their items.

Format: docs/formats-blueprints.md.  ``Section.accepts(item)`` says whether an item of the
pool (a ``question_bank.ItemSummary``) may be drawn for a section at all; ``Rule.matches``
says whether it counts towards a skill-coverage rule.
"""

from dataclasses import dataclass, field
from functools import cache

from question_bank.items import DIFFICULTIES, ITEM_TYPES
from question_bank.taxonomy import SKILL_SEPARATOR

#: Difficulty levels in the order mixes are resolved and forms list items.
DIFFICULTY_ORDER = DIFFICULTIES
VETTING = "vetting"
MOCK = "mock"
#: What a blueprint assembles: a vetting assessment or a mock interview.
BLUEPRINT_KINDS = (VETTING, MOCK)
#: Candidate levels of vetting blueprints, most junior first.
LEVELS = ("intern", "new-grad", "experienced")
#: Role tracks of vetting blueprints.
TRACKS = ("ml-engineer", "llm-engineer", "mlops", "applied-research", "ai-safety")
#: Interview stages that mock blueprints mirror, in the order candidates meet them.
STAGES = ("recruiter-screen", "coding", "ml-fundamentals", "takehome", "full-loop")
CODING = "coding"
QUIZ = "quiz"
TAKEHOME = "takehome"
#: Kinds of item a section draws (``ItemSummary.kind``).
SECTION_KINDS = (CODING, QUIZ, TAKEHOME)
#: The item types each kind of item has (``ItemSummary.type``).
ITEM_TYPES_BY_KIND = {CODING: ("pass-fail", "scoring"), QUIZ: ITEM_TYPES, TAKEHOME: ("notebook",)}
#: The slot of a section whose items may be of any of several difficulties (``difficulty: {any: [...]}``).
ANY = "any"
#: The section kinds a mock blueprint of each stage must contain.
STAGE_SECTION_KINDS = {"recruiter-screen": (QUIZ,), "coding": (CODING,), "ml-fundamentals": (QUIZ,),
                       "takehome": (TAKEHOME,), "full-loop": (CODING, QUIZ, TAKEHOME)}
#: Stages whose sections may only draw these item types (a recruiter screen is answered in writing).
STAGE_ITEM_TYPES = {"recruiter-screen": ("free_text",)}


@cache
def areas_of(skills):
    """The areas of a tuple of skills (``area`` of each ``area.skill``), as a frozenset."""
    return frozenset(skill.split(SKILL_SEPARATOR)[0] for skill in skills)


def item_areas(item):
    """The areas of an item's skills."""
    return areas_of(tuple(item.skills))


@cache
def _as_set(values):
    """A tuple of ids as a frozenset (computed once per tuple)."""
    return frozenset(values)


@dataclass(frozen=True)
class Rule:
    """At least ``minimum`` drawn items must carry one of ``skills`` or a skill in one of ``areas``."""

    minimum: int
    skills: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()

    def matches(self, item):
        """True when ``item`` counts towards this rule."""
        return not (_as_set(self.skills).isdisjoint(item.skills) and _as_set(self.areas).isdisjoint(item_areas(item)))

    def describe(self):
        """The rule in words, e.g. ``at least 2 items on generative-ai or algorithms.graphs``."""
        topics = " or ".join((*self.areas, *self.skills))
        return f"at least {self.minimum} item{'s' if self.minimum != 1 else ''} on {topics}"

    def to_json(self):
        """The rule as a JSON-ready dict."""
        return {"min": self.minimum, "skills": list(self.skills), "areas": list(self.areas)}


@dataclass(frozen=True)
class Exclusions:
    """Items never drawn for a section: by id, or because they carry one of these skills or areas."""

    items: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()

    def excludes(self, item):
        """True when ``item`` must not be drawn."""
        return (item.id in self.items or not _as_set(self.skills).isdisjoint(item.skills)
                or not _as_set(self.areas).isdisjoint(item_areas(item)))

    def to_json(self):
        """The exclusions as a JSON-ready dict."""
        return {"items": list(self.items), "skills": list(self.skills), "areas": list(self.areas)}


@dataclass(frozen=True)
class Section:
    """One timed part of an assessment and how its items are drawn.

    ``difficulty`` is the exact number of items per difficulty (easiest first, summing to
    ``count``), resolved from the counts or proportions the file gives; or, with ``any_of``,
    ``(("any", count),)``: the items may be of any of those levels.  Coding sections have
    ``minutes``; quiz sections have ``minutes`` or, without it, the sum of their items' own
    estimates; take-home sections have ``deadline_hours`` instead.
    """

    id: str
    title: str
    kind: str
    count: int
    difficulty: tuple[tuple[str, int], ...]
    minutes: int | None = None
    deadline_hours: int | None = None
    types: tuple[str, ...] = ()
    require: tuple[Rule, ...] = ()
    exclude: Exclusions = field(default_factory=Exclusions)
    any_of: tuple[str, ...] = ()

    @property
    def quotas(self):
        """Slot -> number of items to draw: a difficulty, or ``any`` (only slots with at least one item)."""
        return {level: number for level, number in self.difficulty if number}

    @property
    def levels(self):
        """The difficulties this section may draw."""
        return self.any_of or tuple(self.quotas)

    @property
    def timed_by_items(self):
        """True for a quiz section without ``minutes``: its time is the sum of its items' estimates."""
        return self.kind == QUIZ and self.minutes is None

    def slot(self, item):
        """The quota an item fills: its difficulty, or ``any``."""
        return ANY if self.any_of else item.difficulty

    def accepts(self, item):
        """True when ``item`` may be drawn here: right kind, allowed type, wanted difficulty, not excluded."""
        return (item.kind == self.kind and (not self.types or item.type in self.types)
                and item.difficulty in self.levels and not self.exclude.excludes(item))

    def to_json(self):
        """The section as a JSON-ready dict."""
        return {"id": self.id, "title": self.title, "kind": self.kind, "count": self.count,
                "minutes": self.minutes, "deadline_hours": self.deadline_hours,
                "difficulty": dict(self.difficulty), "any_of": list(self.any_of), "types": list(self.types),
                "require": [rule.to_json() for rule in self.require], "exclude": self.exclude.to_json()}


@dataclass(frozen=True)
class Blueprint:
    """A vetting assessment (``level`` and ``track``) or a mock interview (``stage``), in sections."""

    id: str
    title: str
    kind: str
    sections: tuple[Section, ...]
    level: str | None = None
    track: str | None = None
    stage: str | None = None
    file: str = ""

    @property
    def minutes(self):
        """Total timed minutes of the sections (take-home deadlines not included)."""
        return sum(section.minutes or 0 for section in self.sections)

    def to_json(self):
        """The blueprint as a JSON-ready dict."""
        return {"id": self.id, "title": self.title, "kind": self.kind, "level": self.level,
                "track": self.track, "stage": self.stage, "sections": [s.to_json() for s in self.sections]}

