"""The bank checkers for the skill taxonomy and the quiz items.

Each is a checker as ``check.py`` defines them: ``check_x(bank_root, report) -> None``.
Per-item schema checks live in ``quiz_schema``; here are the whole-bank checks: ids unique
across the bank, skills in the taxonomy, and each ``computation`` matching its answer.
"""

from pathlib import Path

from .errors import ExpressionError
from .items import NumericItem
from .paths import QUIZ_DIR, QUIZ_SUFFIX, SKILLS_FILE
from .quiz_loader import read_quiz_file
from .safe_eval import safe_eval
from .taxonomy import read_taxonomy

#: Files in the quiz folder with this suffix are probably meant as quiz files: warn that they are ignored.
MISNAMED_SUFFIX = ".yml"
#: What ``report.count_checked`` calls quiz items.
QUIZ_KIND = "quiz"


def check_taxonomy(bank_root, report):
    """Check ``skills.yaml``: schema, slug ids, unique areas and skills, a title and description for each."""
    path = Path(bank_root) / SKILLS_FILE
    if not path.is_file():
        report.error(path, None, "is missing; every bank needs a skill taxonomy (see docs/formats-quiz.md)")
        return
    _, findings = read_taxonomy(path)
    report.extend(findings)


def check_computation(item, report):
    """A numeric item's ``computation`` must evaluate safely to its ``answer`` within the tolerance."""
    file, line = item.location.file, item.location.line
    try:
        value = safe_eval(item.computation)
    except ExpressionError as exc:
        report.error(file, line, f"item '{item.id}': computation {item.computation!r} is refused: {exc}")
        return
    if not item.tolerance.accepts(value, item.answer):
        report.error(file, line, f"item '{item.id}': computation {item.computation!r} gives {value!r}, "
                                 f"but the answer is {item.answer!r} (accepted {item.tolerance.describe()}); "
                                 "fix the answer or the computation")


def check_quiz_files(files, report, known_skills=None):
    """Check the given quiz files: every item's schema, skills (if ``known_skills``), ids and computations."""
    for file in files:
        items, findings = read_quiz_file(file, known_skills)
        report.extend(findings)
        report.count_checked(QUIZ_KIND, len(items))
        for item in items:
            report.claim_id(item.id, item.location.file, item.location.line)
            if isinstance(item, NumericItem) and item.computation is not None:
                check_computation(item, report)


def check_quiz(bank_root, report):
    """Check every ``quiz/*.yaml`` of the bank (no quiz folder yet is fine)."""
    folder = Path(bank_root) / QUIZ_DIR
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.name.endswith(MISNAMED_SUFFIX):
            report.warning(path, None, f"is ignored: quiz files end in {QUIZ_SUFFIX}; rename it")
    taxonomy, _ = read_taxonomy(Path(bank_root) / SKILLS_FILE)
    known = taxonomy.skill_ids if taxonomy is not None and taxonomy.areas else None
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(QUIZ_SUFFIX))
    check_quiz_files(files, report, known)
