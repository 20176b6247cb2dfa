"""Draw a form from a blueprint: the same (blueprint, pool, seed) always gives the same form.

The pool is put in canonical order first and the generator is ``random.Random`` seeded
with a SHA-256 of the blueprint id and the seed, so nothing depends on dict or set order,
``PYTHONHASHSEED`` or the order the pool was built in.  Each section is drawn in turn
from the items no earlier section took: the skill rules are met first (scarcest rule
first, items in random order), then the remaining difficulty slots are filled.  Every
form of a section has the same number of items per difficulty.  When the pool cannot
satisfy a section, ``BlueprintError`` says which section, what it needs and what is missing.
"""

import hashlib
import random
from collections import Counter
from functools import lru_cache

from .blueprint import DIFFICULTY_ORDER, item_areas
from .errors import BlueprintError
from .form import Form, FormSection, section_problems
from .loader import get_blueprint
from .pool import digest_sorted, item_key, load_pool, sort_pool

#: Versioned salt of the seed material: changing how forms are drawn means changing this.
SEED_DOMAIN = "vetkit-form-v1"
#: Random orders tried per section before concluding that its rules cannot be met together.
MAX_ATTEMPTS = 64
#: (section, pool) pairs whose eligible items and rule matches are kept between draws.
PREPARED_CACHE_SIZE = 128


def seed_material(blueprint_id, seed):
    """The integer seeding the generator for ``blueprint_id`` and ``seed`` (stable across runs)."""
    digest = hashlib.sha256(f"{SEED_DOMAIN}\0{blueprint_id}\0{seed}".encode()).digest()
    return int.from_bytes(digest, "big")


def eligible_items(section, pool):
    """The items of ``pool`` that ``section`` may draw, in pool order."""
    return [item for item in pool if section.accepts(item)]


def _filters(section):
    parts = [f"kind {section.kind}"]
    if section.types:
        parts.append(f"types {', '.join(section.types)}")
    excluded = section.exclude
    if excluded.items or excluded.skills or excluded.areas:
        parts.append("minus its exclusions")
    return ", ".join(parts)


def _mix(section):
    return ", ".join(f"{number} {level}" for level, number in section.quotas.items())


def _rule_hits(rule, eligible):
    """The indexes into ``eligible`` of the items ``rule`` counts."""
    skills, areas = frozenset(rule.skills), frozenset(rule.areas)
    return frozenset(index for index, item in enumerate(eligible)
                     if not (skills.isdisjoint(item.skills) and areas.isdisjoint(item_areas(item))))


@lru_cache(maxsize=PREPARED_CACHE_SIZE)
def _prepare(section, items):
    """``section``'s eligible items among ``items`` (a canonical tuple) and, per rule, the indexes it counts."""
    eligible = tuple(eligible_items(section, items))
    return eligible, tuple(_rule_hits(rule, eligible) for rule in section.require)


def _shortfall(section, eligible, available, hits):
    """Why the ``available`` eligible items cannot satisfy ``section`` for certain (a sentence), or None."""
    levels = Counter(eligible[index].difficulty for index in available)
    for level, wanted in section.quotas.items():
        if levels[level] < wanted:
            return (f"it needs {wanted} {level} item(s) and the pool has {levels[level]} it may draw "
                    f"({_filters(section)}); add items or change the difficulty mix")
    for rule, indexes in zip(section.require, hits):
        matching = Counter(eligible[index].difficulty for index in indexes)
        fit = sum(min(wanted, matching[level]) for level, wanted in section.quotas.items())
        if fit < rule.minimum:
            return (f"it needs {rule.describe()} but only {fit} such item(s) fit its difficulty mix "
                    f"({_mix(section)}); add items on those skills or lower the rule's 'min'")
    return None


def _attempt(section, eligible, order, rules):
    """One greedy pass over ``order`` (indexes): meet each (minimum, hits) rule, then fill the difficulty slots."""
    remaining, picked = dict(section.quotas), []

    def take(index):
        picked.append(index)
        remaining[eligible[index].difficulty] -= 1

    def free(index):
        return remaining[eligible[index].difficulty] > 0 and index not in picked

    for minimum, hits in rules:
        have = sum(1 for index in picked if index in hits)
        for index in order:
            if have >= minimum:
                break
            if index in hits and free(index):
                take(index)
                have += 1
    for index in order:
        if free(index):
            take(index)
    return [eligible[index] for index in picked]


def _arrange(picked, rng):
    """The drawn items in form order: easiest first, in random order within a difficulty."""
    items = list(picked)
    rng.shuffle(items)
    return tuple(sorted(items, key=lambda item: DIFFICULTY_ORDER.index(item.difficulty)))


def draw_section(section, pool, rng, blueprint_id="?", used=frozenset()):
    """Draw ``section``'s items from ``pool`` (canonical order) minus the ``used`` item keys, with ``rng``.

    Raises ``BlueprintError`` naming the blueprint, the section and what the pool lacks.
    """
    eligible, all_hits = _prepare(section, tuple(pool))
    available = [index for index, item in enumerate(eligible) if item_key(item) not in used]
    hits = [indexes.intersection(available) for indexes in all_hits] if used else list(all_hits)
    reason = _shortfall(section, eligible, available, hits)
    rules = sorted(((rule.minimum, indexes) for rule, indexes in zip(section.require, hits)),
                   key=lambda rule: len(rule[1]))
    attempts = MAX_ATTEMPTS if reason is None else 0
    for _ in range(attempts):
        order = list(available)
        rng.shuffle(order)
        picked = _attempt(section, eligible, order, rules)
        if not section_problems(section, picked):
            return _arrange(picked, rng)
    reason = reason or (f"no {section.count} items found in {MAX_ATTEMPTS} tries that meet all its rules at once "
                        "(they compete for the same items); add items on the required skills or relax the rules")
    raise BlueprintError(f"blueprint '{blueprint_id}' section '{section.id}' cannot be drawn from this pool: {reason}")


def _check_seed(seed):
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise BlueprintError(f"the seed must be a whole number of at least 0, not {seed!r}")


def draw_form(blueprint, pool, seed):
    """The form of ``blueprint`` drawn from ``pool`` (ItemSummary items) with ``seed``; raises ``BlueprintError``."""
    _check_seed(seed)
    items = sort_pool(pool)
    rng = random.Random(seed_material(blueprint.id, seed))
    used, sections = frozenset(), []
    for section in blueprint.sections:
        drawn = draw_section(section, items, rng, blueprint.id, used)
        used = used | {item_key(item) for item in drawn}
        sections.append(FormSection(section.id, section.title, section.kind, section.minutes,
                                    section.deadline_hours, drawn))
    return Form(blueprint.id, seed, digest_sorted(items), tuple(sections))


def rebuild_form(blueprint_id, seed, *, bank=None, blueprint_dir=None, pool=None):
    """The form of ``blueprint_id`` for ``seed``: the bank at ``bank`` (or ``pool``) gives the same form every time."""
    blueprint = get_blueprint(blueprint_id, blueprint_dir)
    return draw_form(blueprint, load_pool(bank) if pool is None else pool, seed)
