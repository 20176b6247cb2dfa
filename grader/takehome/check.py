"""The take-home checker of ``vetkit bank check``, and the take-homes' entry in ``vetkit bank stats``.

For every ``takehomes/<task>/task.yaml`` under the bank: the task reads cleanly
(schema, files, statement), its skills exist in the taxonomy, its id is unique,
its statement quotes no band threshold (``statement``), a default linear and a
default gradient boosting model trained on its data earn at most the band below
the top one (``baselines``; a metric task without a ``baseline`` entry gets a
warning), and, graded in the sandbox, its reference notebook earns every automatic
point while its starter notebook earns at most ``STARTER_MAX_FRACTION`` of them
(baselines and notebook runs are cached per content: ``question_bank.check_cache``).  Registered with ``question_bank`` when this module is imported.
"""

from pathlib import Path

import question_bank
from question_bank.check_cache import cached_check
from question_bank.stats import ItemSummary, register_stats_source

from ..fingerprint import grading_fingerprint
from . import baselines
from .grade import grade_takehome
from .statement import statement_problems
from .task import read_task

TAKEHOME_DIR = "takehomes"
STARTER_MAX_FRACTION = 0.3
"""A starter notebook must score at most this share of the automatic points: it is a scaffold, not an answer."""


def task_dirs(bank_root):
    """The task folders of the bank, sorted."""
    folder = Path(bank_root) / TAKEHOME_DIR
    return sorted(p.parent for p in folder.glob("*/task.yaml")) if folder.is_dir() else []


def _skills_known(task, report):
    taxonomy, _ = question_bank.read_taxonomy(Path(task.root).parents[1] / "skills.yaml")
    known = taxonomy.skill_ids if taxonomy is not None else set()
    for skill in task.skills:
        if skill not in known:
            report.error(task.root / "task.yaml", None, f"skill `{skill}` is not in the taxonomy: use an id "
                                                        "from question_bank/skills.yaml")


def _check_notebooks(task, report):
    reference = grade_takehome(task, task.path(task.reference).read_bytes())
    if reference.score < task.auto_points:
        failing = "; ".join(f"{s.name}: {s.detail}" for s in reference.steps if s.points < s.max_points)
        report.error(task.path(task.reference), None, f"the reference notebook scores {reference.score:g} of "
                                                      f"{task.auto_points:g} automatic points ({failing}): fix it or the task")
    starter = grade_takehome(task, task.path(task.starter).read_bytes())
    if starter.score > STARTER_MAX_FRACTION * task.auto_points:
        report.error(task.path(task.starter), None, f"the starter notebook scores {starter.score:g} of "
                                                    f"{task.auto_points:g} points: a starter must not solve the task")


def _check_statement(task, report):
    for problem in statement_problems(task):
        report.error(task.path("statement.md"), None, problem)


def _check_baselines(task, report):
    if task.metric and not task.baseline:
        report.warning(task.root / "task.yaml", None, "the task has a metric but no `baseline` entry: declare "
                                                     "the training target so the bank check can calibrate the bands")
    if not baselines.supported(task):
        return

    def check(_folder, sub):
        for problem in baselines.baseline_problems(task, baselines.baseline_scores(task)):
            sub.error(task.root / "task.yaml", None, problem)
    cached_check(task.root, report, check, salt="baselines:" + baselines.fingerprint())


def check_takehomes(bank_root, report):
    """Check every take-home task of the bank (see the module docstring)."""
    for folder in task_dirs(bank_root):
        check_one_takehome(folder, report)


def check_one_takehome(folder, report, skill_ids=None):
    """Check the take-home task at ``folder`` (see the module docstring); for ``vetkit bank check TASK``."""
    report.count_checked("take-home", 1)
    task, findings = read_task(folder)
    report.extend(findings)
    if task is None or findings:
        return
    report.claim_id(task.id, Path(folder) / "task.yaml", None, kind="take-home")
    _skills_known(task, report)
    _check_statement(task, report)
    _check_baselines(task, report)
    cached_check(folder, report, lambda _folder, sub: _check_notebooks(task, sub), salt=grading_fingerprint())


def takehome_summaries(bank_root):
    """The stats entries of the bank's take-homes (unreadable tasks are left to the checker)."""
    summaries = []
    for folder in task_dirs(bank_root):
        task, _ = read_task(folder)
        if task is not None:
            summaries.append(ItemSummary("takehome", task.id, "notebook", task.skills, task.difficulty,
                                         minutes=task.time_budget_minutes))
    return summaries


question_bank.register_checker(check_takehomes)
question_bank.register_item_checker("task.yaml", check_one_takehome)
register_stats_source("takehome", takehome_summaries)
