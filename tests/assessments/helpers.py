"""Fixture pools for blueprint tests: a synthetic pool that satisfies every shipped blueprint, and small pools."""

from pathlib import Path

from question_bank import load_taxonomy
from question_bank.items import DIFFICULTIES, ITEM_TYPES
from question_bank.stats import ItemSummary

from assessments.blueprint import CODING, ITEM_TYPES_BY_KIND, QUIZ, TAKEHOME

FILES = Path(__file__).resolve().parent.parent / "files" / "assessments"
#: Blueprint files with marked errors (``# expect error: TEXT``).
BAD_BLUEPRINTS = FILES / "bad"
#: The area whose skills coding problems are about.
CODING_AREA = "algorithms"
#: Items per (skill, difficulty, type) in the synthetic pool.
COPIES = 2


def item(kind, item_id, difficulty="easy", skills=("algorithms.graphs",), type_=None):
    """One pool item; the type defaults to the kind's first type."""
    return ItemSummary(kind, item_id, type_ or ITEM_TYPES_BY_KIND[kind][0], tuple(skills), difficulty)


def _items(kind, skills, types):
    return [item(kind, f"{kind}-{skill}-{level}-{type_}-{copy}", level, (skill,), type_)
            for skill in skills for level in DIFFICULTIES for type_ in types for copy in range(COPIES)]


def synthetic_pool():
    """A pool with ``COPIES`` items for every skill, difficulty and type of every kind: satisfies every blueprint."""
    skills = sorted(load_taxonomy().skill_ids)
    coding = [skill for skill in skills if skill.startswith(CODING_AREA + ".")]
    return (_items(CODING, coding, ITEM_TYPES_BY_KIND[CODING][:1]) + _items(QUIZ, skills, ITEM_TYPES)
            + _items(TAKEHOME, skills, ITEM_TYPES_BY_KIND[TAKEHOME]))


def synthetic_sources():
    """``STATS_SOURCES`` entries serving the synthetic pool, whatever bank folder is asked for."""
    pool = synthetic_pool()
    return {kind: (lambda root, kind=kind: [i for i in pool if i.kind == kind]) for kind in (CODING, QUIZ, TAKEHOME)}
