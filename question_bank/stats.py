"""Bank coverage for ``vetkit bank stats``: item counts per kind, skill, area, difficulty and type.

Each kind of item has a *stats source*: ``source(bank_root) -> iterable of ItemSummary``.
The quiz source is built in; the coding-problem and take-home loaders plug theirs in with
``register_stats_source("coding", summaries)`` (until then those kinds count 0).  Blueprint
coverage comes from functions registered with ``register_blueprint_stats(f)``, each
returning a dict merged into ``"blueprints"`` (empty until assessments registers one).
Items that do not load are left out; ``vetkit bank check`` reports them.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .items import DIFFICULTIES, ITEM_TYPES
from .paths import QUIZ_DIR, SKILLS_FILE, bank_root
from .quiz_loader import read_quiz
from .taxonomy import SKILL_SEPARATOR, read_taxonomy

#: The kinds of item, each always present in the stats (0 when none).
KINDS = ("coding", "quiz", "takehome")


@dataclass(frozen=True)
class ItemSummary:
    """What the stats need of one item of any kind."""

    kind: str
    id: str
    type: str
    skills: tuple[str, ...]
    difficulty: str
    group: str | None = None
    """Items sharing a group (a stem, or one giving away another's key) are never drawn into one form."""
    minutes: float | None = None
    """The time a candidate needs for the item (estimated minutes; take-homes: their time budget)."""


def quiz_summaries(root):
    """The summaries of the quiz items of the bank at ``root`` (an absent quiz folder gives none)."""
    folder = Path(root) / QUIZ_DIR
    if not folder.is_dir():
        return []
    items, _ = read_quiz([folder])
    return [ItemSummary("quiz", item.id, item.type, item.skills, item.difficulty, item.group, item.minutes)
            for item in items]


#: kind -> stats source; one source per kind.
STATS_SOURCES = {"quiz": quiz_summaries}
#: Functions ``f(bank_root) -> dict`` whose results are merged into ``"blueprints"``.
BLUEPRINT_STATS = []


def register_stats_source(kind, source):
    """Count the items of ``kind`` with ``source(bank_root) -> iterable of ItemSummary`` (replaces any previous)."""
    STATS_SOURCES[kind] = source
    return source


def register_blueprint_stats(function):
    """Merge ``function(bank_root) -> dict`` into the ``"blueprints"`` entry (once)."""
    if function not in BLUEPRINT_STATS:
        BLUEPRINT_STATS.append(function)
    return function


def _zeros(keys):
    return {key: 0 for key in keys}


def _sorted(counter, base):
    merged = {**base, **counter}
    return dict(sorted(merged.items()))


def bank_stats(path=None):
    """The coverage of the bank at ``path`` (default bank) as a JSON-ready dict with sorted keys."""
    root = bank_root(path)
    taxonomy, _ = read_taxonomy(root / SKILLS_FILE)
    skill_ids = [skill.id for skill in taxonomy.skills] if taxonomy is not None else []
    areas = [area.id for area in taxonomy.areas] if taxonomy is not None else []
    summaries = [s for kind in sorted(STATS_SOURCES) for s in STATS_SOURCES[kind](root)]
    kinds, skills, by_area, levels, types = Counter(), Counter(), Counter(), Counter(), Counter()
    for summary in summaries:
        kinds[summary.kind] += 1
        skills.update(summary.skills)
        by_area.update({skill.split(SKILL_SEPARATOR)[0] for skill in summary.skills})
        levels[summary.difficulty] += 1
        types[summary.type] += 1
    blueprints = {}
    for function in BLUEPRINT_STATS:
        blueprints.update(function(root))
    return {**_sorted(kinds, _zeros(KINDS)), "total": len(summaries),
            "by_skill": _sorted(skills, _zeros(skill_ids)), "by_area": _sorted(by_area, _zeros(areas)),
            "by_difficulty": {**_zeros(DIFFICULTIES), **levels}, "by_type": _sorted(types, _zeros(ITEM_TYPES)),
            "skills_without_items": sorted(set(skill_ids) - set(skills)), "blueprints": blueprints}
