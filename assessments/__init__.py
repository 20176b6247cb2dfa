"""Assessment blueprints: which questions a candidate gets, in which sections, with which time limits.

Blueprints for vetting assessments and mock interviews, and the seeded drawing
of one form per candidate, live here (see shared/DESIGN.md).  Depends on the
grader and reads the question bank; never imports Flask.  Format of the
blueprint files: docs/formats-blueprints.md.

Public API:

* ``load_blueprints(folder=None) -> tuple[Blueprint]``, ``get_blueprint(id)``; both raise
  ``BlueprintError`` listing every problem.  ``read_blueprints`` / ``read_blueprint_file``
  return ``(value, findings)``; ``check_blueprints`` returns a ``question_bank.Report``.
* ``load_pool(bank=None)``: every item of the bank as ``ItemSummary`` (the draw's input).
* ``draw_form(blueprint, pool, seed) -> Form``: deterministic; raises ``BlueprintError``
  when the pool cannot satisfy a section.  ``rebuild_form(blueprint_id, seed)`` draws it
  again from the bank; ``form_problems(form, blueprint)`` lists what a form breaks.
* ``blueprint_stats(bank=None)``: the ``blueprints`` entry of ``vetkit bank stats``
  (registered when ``assessments.stats`` is imported); ``write_coverage()`` writes
  docs/coverage.md.
"""

from .blueprint import (BLUEPRINT_KINDS, LEVELS, SECTION_KINDS, STAGES, TRACKS, Blueprint, Exclusions, Rule,
                        Section)
from .draw import draw_form, rebuild_form
from .errors import BlueprintError
from .form import Form, FormSection, form_problems, section_problems
from .loader import (BLUEPRINT_DIR, check_blueprints, get_blueprint, load_blueprints, read_blueprint_file,
                     read_blueprints)
from .pool import load_pool, pool_digest
from .stats import blueprint_stats

__all__ = [
    "BLUEPRINT_DIR", "BLUEPRINT_KINDS", "Blueprint", "BlueprintError", "Exclusions", "Form", "FormSection", "LEVELS",
    "Rule", "SECTION_KINDS", "STAGES", "Section", "TRACKS", "blueprint_stats", "check_blueprints", "draw_form",
    "form_problems", "get_blueprint", "load_blueprints", "load_pool", "pool_digest", "read_blueprint_file",
    "read_blueprints", "rebuild_form", "section_problems",
]
