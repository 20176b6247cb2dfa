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
import math
import random
from collections import Counter
from functools import lru_cache

from .blueprint import ANY, DIFFICULTY_ORDER, item_areas
from .errors import BlueprintError
from .form import Form, FormSection, section_problems
from .loader import get_blueprint
from .pool import digest_sorted, item_key, load_pool, sort_pool

#: Versioned salt of the seed material: changing how forms are drawn means changing this.
SEED_DOMAIN = "vetkit-form-v1"
#: Random orders tried per section before concluding that its rules cannot be met together.
MAX_ATTEMPTS = 64
#: Random orders tried per item when asking whether some valid form contains it.
DRAWABLE_TRIES = 8
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
    levels = Counter(section.slot(eligible[index]) for index in available)
    for level, wanted in section.quotas.items():
        if levels[level] < wanted:
            what = f"item(s) of {' or '.join(section.any_of)}" if level == ANY else f"{level} item(s)"
            return (f"it needs {wanted} {what} and the pool has {levels[level]} it may draw "
                    f"({_filters(section)}); add items or change the difficulty mix")
    for rule, indexes in zip(section.require, hits):
        matching = Counter(section.slot(eligible[index]) for index in indexes)
        fit = sum(min(wanted, matching[level]) for level, wanted in section.quotas.items())
        if fit < rule.minimum:
            return (f"it needs {rule.describe()} but only {fit} such item(s) fit its difficulty mix "
                    f"({_mix(section)}); add items on those skills or lower the rule's 'min'")
    return None


def _attempt(section, eligible, order, rules, forced=None, as_indexes=False):
    """One greedy pass over ``order`` (indexes), ``forced`` taken first: meet each (minimum, hits) rule, then fill
    the difficulty slots."""
    remaining, picked, groups = dict(section.quotas), [], set()

    def take(index):
        picked.append(index)
        remaining[section.slot(eligible[index])] -= 1
        if eligible[index].group:
            groups.add(eligible[index].group)

    def free(index):
        return (remaining[section.slot(eligible[index])] > 0 and index not in picked
                and eligible[index].group not in groups)

    if forced is not None:
        take(forced)
    for minimum, hits in rules:
        have = sum(1 for index in picked if index in hits)
        for index in order:
            if have >= minimum:
                break
            if index in hits and free(index):
                take(index)
                have += 1
    for index in order:
        if len(picked) == section.count:
            break
        if free(index):
            take(index)
    return picked if as_indexes else [eligible[index] for index in picked]


def drawable_items(section, pool, *, tries=DRAWABLE_TRIES):
    """The eligible items of ``section`` that some valid form of it (on its own) contains, honouring its rules.

    Each item is forced into a greedy draw over a few fixed random orders; a valid draw marks every item it
    took as drawable, so most items cost nothing.  (A miss after ``tries`` orders counts as not drawable.)
    """
    eligible, hits = _prepare(section, tuple(pool))
    rules = sorted(((rule.minimum, indexes) for rule, indexes in zip(section.require, hits)),
                   key=lambda rule: len(rule[1]))
    rng = random.Random(SEED_DOMAIN)
    orders = [rng.sample(range(len(eligible)), len(eligible)) for _ in range(tries)]
    if section.count == 1:  # a one-item form is valid exactly when the item meets every rule on its own
        return [item for item in eligible if not section_problems(section, [item])]
    found = set()
    for index in range(len(eligible)):
        for order in orders if index not in found else ():
            picked = _attempt(section, eligible, order, rules, forced=index, as_indexes=True)
            if not section_problems(section, [eligible[i] for i in picked]):
                found.update(picked)
                break
    return [eligible[index] for index in sorted(found)]


def _arrange(picked, rng):
    """The drawn items in form order: easiest first, in random order within a difficulty."""
    items = list(picked)
    rng.shuffle(items)
    return tuple(sorted(items, key=lambda item: DIFFICULTY_ORDER.index(item.difficulty)))


def draw_section(section, pool, rng, blueprint_id="?", used=frozenset(), used_groups=frozenset()):
    """Draw ``section``'s items from ``pool`` (canonical order) minus the ``used`` item keys, with ``rng``.

    Items of a group already drawn (``used_groups``) are left out, and one section draws at most one item
    per group.  Raises ``BlueprintError`` naming the blueprint, the section and what the pool lacks.
    """
    eligible, all_hits = _prepare(section, tuple(pool))
    available = [index for index, item in enumerate(eligible)
                 if item_key(item) not in used and (not item.group or item.group not in used_groups)]
    hits = [indexes.intersection(available) for indexes in all_hits] if used or used_groups else list(all_hits)
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


def section_minutes(section, drawn):
    """The section's time limit: its ``minutes``, or for a quiz timed by its items their estimates' sum."""
    if not section.timed_by_items:
        return section.minutes
    return math.ceil(sum(item.minutes or 0 for item in drawn))


def _check_seed(seed):
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise BlueprintError(f"the seed must be a whole number of at least 0, not {seed!r}")


def draw_form(blueprint, pool, seed):
    """The form of ``blueprint`` drawn from ``pool`` (ItemSummary items) with ``seed``; raises ``BlueprintError``."""
    _check_seed(seed)
    items = sort_pool(pool)
    rng = random.Random(seed_material(blueprint.id, seed))
    used, groups, sections = frozenset(), frozenset(), []
    for section in blueprint.sections:
        drawn = draw_section(section, items, rng, blueprint.id, used, groups)
        used = used | {item_key(item) for item in drawn}
        groups = groups | {item.group for item in drawn if item.group}
        sections.append(FormSection(section.id, section.title, section.kind, section_minutes(section, drawn),
                                    section.deadline_hours, drawn))
    return Form(blueprint.id, seed, digest_sorted(items), tuple(sections))


def rebuild_form(blueprint_id, seed, *, bank=None, blueprint_dir=None, pool=None):
    """The form of ``blueprint_id`` for ``seed``: the bank at ``bank`` (or ``pool``) gives the same form every time."""
    blueprint = get_blueprint(blueprint_id, blueprint_dir)
    return draw_form(blueprint, load_pool(bank) if pool is None else pool, seed)
