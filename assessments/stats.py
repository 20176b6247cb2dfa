"""The ``blueprints`` entry of ``vetkit bank stats``: what each blueprint can draw from the bank.

Importing this module registers ``blueprint_stats`` with ``question_bank.stats`` (vetkit's
``bank`` command imports it).  For each shipped blueprint and each of its sections: how many
items of the pool the section may draw (in all and per difficulty), how many of them some valid
form honouring its ``require`` rules actually contains (``drawable``), the most minutes a form
can need (``max_minutes``) and whether that fits (``time_problem``), and whether the section
can be drawn on its own; for the blueprint, whether a whole form can be drawn (sections
never share an item) and, if not, why.
"""

import random

from question_bank.items import DIFFICULTIES
from question_bank.stats import register_blueprint_stats

from .draw import draw_form, draw_section, drawable_items, eligible_items, seed_material
from .errors import BlueprintError
from .loader import blueprint_files, read_blueprints
from .pool import load_pool
from .timing import max_form_minutes, time_problem

#: The seed of the trial draws that decide satisfiability.
TRIAL_SEED = 0


def section_stats(blueprint, section, pool):
    """One section's entry: its shape, the items it may draw and whether it can be drawn on its own."""
    eligible = eligible_items(section, pool)
    drawable = drawable_items(section, pool)
    try:
        draw_section(section, pool, random.Random(seed_material(blueprint.id, TRIAL_SEED)), blueprint.id)
        problem = None
    except BlueprintError as exc:
        problem = str(exc)
    return {"kind": section.kind, "count": section.count, "minutes": section.minutes,
            "deadline_hours": section.deadline_hours, "difficulty": dict(section.difficulty),
            "eligible": len(eligible),
            "eligible_by_difficulty": {level: sum(1 for item in eligible if item.difficulty == level)
                                       for level in DIFFICULTIES},
            "drawable": len(drawable), "drawable_items": sorted(item.id for item in drawable),
            "drawable_by_difficulty": {level: sum(1 for item in drawable if item.difficulty == level)
                                       for level in DIFFICULTIES},
            "any_of": list(section.any_of), "max_minutes": max_form_minutes(section, pool),
            "time_problem": time_problem(section, pool), "satisfiable": problem is None, "problem": problem}


def blueprint_entry(blueprint, pool):
    """One blueprint's entry: its profile, whether a whole form can be drawn, and its sections."""
    try:
        draw_form(blueprint, pool, TRIAL_SEED)
        problem = None
    except BlueprintError as exc:
        problem = str(exc)
    return {"valid": True, "title": blueprint.title, "kind": blueprint.kind, "level": blueprint.level,
            "track": blueprint.track, "stage": blueprint.stage, "minutes": blueprint.minutes,
            "satisfiable": problem is None, "problem": problem,
            "sections": {section.id: section_stats(blueprint, section, pool) for section in blueprint.sections}}


def blueprint_stats(path=None, *, blueprint_dir=None, pool=None):
    """Blueprint id -> entry for every blueprint file (invalid files get ``valid: false`` and their errors)."""
    pool = load_pool(path) if pool is None else pool
    blueprints, findings = read_blueprints(blueprint_dir)
    entries = {blueprint.id: blueprint_entry(blueprint, pool) for blueprint in blueprints}
    for file in blueprint_files(blueprint_dir):
        if file.stem not in entries:
            errors = [f.format() for f in findings if f.is_error and f.file == str(file)]
            entries[file.stem] = {"valid": False, "satisfiable": False, "errors": errors}
    return dict(sorted(entries.items()))


register_blueprint_stats(blueprint_stats)
