"""The blueprint checker of ``vetkit bank check``: every shipped blueprint can be drawn and finished in time.

For the shipped bank (blueprints are drawn from it), each blueprint file must load cleanly, a
whole form must be drawable (its sections never share an item or a group), and every timed
section must leave any form it can draw enough time (``assessments.timing``).  Each problem is
one error at the blueprint's file, so the bank check fails on a blueprint whose forms cannot be
finished in time.  Registered with ``question_bank`` when this module is imported.
"""

from pathlib import Path

import question_bank
from question_bank.paths import DEFAULT_BANK_ROOT

from .draw import draw_form
from .errors import BlueprintError
from .loader import read_blueprints
from .pool import load_pool
from .timing import time_problem

#: The seed of the trial draw of each blueprint.
TRIAL_SEED = 0


def blueprint_problems(blueprint, pool):
    """Every reason ``blueprint`` cannot give candidates a finishable form from ``pool``, as sentences."""
    problems = []
    try:
        draw_form(blueprint, pool, TRIAL_SEED)
    except BlueprintError as exc:
        problems.append(str(exc))
    problems += [problem for section in blueprint.sections if (problem := time_problem(section, pool))]
    return problems


def check_blueprints(bank_root, report, *, blueprint_dir=None):
    """Check the shipped blueprints against the bank at ``bank_root`` when it is the shipped bank."""
    if blueprint_dir is None and Path(bank_root).resolve() != DEFAULT_BANK_ROOT:
        return
    blueprints, findings = read_blueprints(blueprint_dir)
    report.extend(findings)
    pool = load_pool(bank_root)
    for blueprint in blueprints:
        for problem in blueprint_problems(blueprint, pool):
            report.error(blueprint.file, None, problem)
    report.count_checked("blueprint", len(blueprints))


question_bank.register_checker(check_blueprints)
