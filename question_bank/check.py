"""Check the bank like problemtools' verifyproblem: run every checker, collect every error and warning.

A checker is a function ``check_x(bank_root: Path, report: Report) -> None``.  It reads what
it needs under ``bank_root`` and records problems with ``report.error(file, line, message)``
or ``report.warning(...)`` (message: one sentence, what is wrong and what to do), claims
item ids with ``report.claim_id(id, file, line)`` so ids are unique across every kind of
item, and notes ``report.count_checked(kind, n)``.  It never raises for a bad bank; if it
crashes anyway, ``check_bank`` records the crash as an error and runs the other checkers.

Checkers run in the order of ``CHECKERS``.  Add one that only needs ``question_bank`` to that
list; one that lives in another package (a coding-problem checker in ``grader``, which may
import the sandbox) calls ``register_checker(check_x)`` when its module is imported, and the
CLI imports that module (see docs/bank-check.md).
"""

from pathlib import Path

from .check_quiz import check_quiz, check_quiz_files, check_taxonomy
from .paths import SKILLS_FILE, bank_root
from .report import Report
from .taxonomy import read_taxonomy

#: Every checker, in the order they run.
CHECKERS = [check_taxonomy, check_quiz]
#: Checkers of one item folder, by the file that marks such a folder (``problem.yaml``, ``task.yaml``):
#: ``checker(folder, report, skill_ids)``, used when ``vetkit bank check`` is given that folder.
ITEM_CHECKERS = {}


def register_checker(checker):
    """Add ``checker`` to ``CHECKERS`` (once; registering again does nothing); returns it, so it can decorate."""
    if checker not in CHECKERS:
        CHECKERS.append(checker)
    return checker


def register_item_checker(marker, checker):
    """Check a folder holding the file ``marker`` with ``checker(folder, report, skill_ids)``; returns it."""
    ITEM_CHECKERS[marker] = checker
    return checker


def run_checkers(root, report, checkers=None):
    """Run ``checkers`` (default ``CHECKERS``) on the bank at ``root``; a crashing checker becomes an error."""
    for checker in list(CHECKERS if checkers is None else checkers):
        name = getattr(checker, "__name__", repr(checker))
        try:
            checker(Path(root), report)
        except Exception as exc:  # noqa: BLE001 - one broken checker must not hide the others' findings
            report.error(root, None, f"checker {name} crashed ({exc.__class__.__name__}: {exc}); "
                                     "this is a bug in vetkit, please report it")


def _taxonomy_near(path):
    """The skill ids of the nearest ``skills.yaml`` above ``path``, else of the default bank (None if unreadable)."""
    for folder in Path(path).resolve().parents:
        if (folder / SKILLS_FILE).is_file():
            taxonomy, _ = read_taxonomy(folder / SKILLS_FILE)
            break
    else:
        taxonomy, _ = read_taxonomy()
    return taxonomy.skill_ids if taxonomy is not None and taxonomy.areas else None


def check_bank(path=None, *, checkers=None):
    """Check the bank folder at ``path`` (default: the bank shipped with vetkit) and return the ``Report``.

    ``path`` may also be one quiz file, or one item's folder (a coding problem, a take-home): it is checked
    against the nearest ``skills.yaml`` above it.
    """
    root, report = bank_root(path), Report()
    item_checker = next((checker for marker, checker in ITEM_CHECKERS.items()
                         if root.is_dir() and (root / marker).is_file()), None)
    if root.is_file():
        check_quiz_files([root], report, _taxonomy_near(root))
    elif item_checker is not None:
        item_checker(root, report, _taxonomy_near(root))
    elif root.is_dir():
        run_checkers(root, report, checkers)
    else:
        report.error(root, None, "does not exist; give a bank folder or a quiz file")
    return report
