"""The bank checkers for the skill taxonomy and the quiz items.

Each is a checker as ``check.py`` defines them: ``check_x(bank_root, report) -> None``.
Per-item schema checks live in ``quiz_schema``; here are the whole-bank checks: ids unique
across the bank, skills in the taxonomy, each ``computation`` matching its answer, each numeric
item's tolerance accepting every answer that follows its rounding, groups of at least two items,
and multiple-choice keys with 1, 2, 3 or 4 correct options in similar shares.
"""

import re
from collections import Counter

from pathlib import Path

from .errors import ExpressionError
from .items import MultipleChoiceItem, NumericItem
from .rounding import DECIMALS
from .paths import QUIZ_DIR, QUIZ_SUFFIX, SKILLS_FILE
from .quiz_loader import read_quiz_file
from .safe_eval import safe_eval
from .taxonomy import read_taxonomy

#: Files in the quiz folder with this suffix are probably meant as quiz files: warn that they are ignored.
MISNAMED_SUFFIX = ".yml"
#: What ``report.count_checked`` calls quiz items.
QUIZ_KIND = "quiz"
#: A prompt that names its own rounding: "3 decimals", "2 decimal places".
PROMPT_DECIMALS = re.compile(r"\b(\d+|one|two|three|four) decimals?\b")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4}
#: Multiple-choice keys: every count of correct options from 1 to 4 must have a share within these bounds ...
KEY_COUNTS, KEY_SHARE_RANGE = (1, 2, 3, 4), (0.15, 0.35)
#: ... once the bank has at least this many multiple-choice items (a small bank cannot be balanced).
KEY_BALANCE_MIN_ITEMS = 20


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
        return
    check_rounding(item, value, report)


def check_rounding(item, exact, report):
    """Every answer that follows the item's rounding of the ``exact`` value must be accepted by its tolerance."""
    file, line, rounding = item.location.file, item.location.line, item.rounding
    if rounding is None:
        return
    rejected = [value for value in rounding.following(exact) if not item.tolerance.accepts(value, item.answer)]
    if rejected:
        shown = " and ".join(_plain(value) for value in rounding.following(exact))
        report.error(file, line, f"item '{item.id}': following '{rounding.instruction()}' the exact value {exact:.12g} "
                                 f"gives {shown}, but the tolerance ({item.tolerance.describe()} of {item.answer:g}) "
                                 f"rejects {_plain(rejected[0])}; widen the tolerance or change the rounding")
    asked = PROMPT_DECIMALS.search(item.prompt)
    if asked and (rounding.kind != DECIMALS or rounding.digits != int(NUMBER_WORDS.get(asked[1], asked[1]))):
        report.error(file, line, f"item '{item.id}': the prompt asks for {asked.group(0)} but its rounding says "
                                 f"'{rounding.instruction()}'; make them agree (the rounding is shown to candidates)")


def _plain(number):
    """A Decimal as people write it: 0.25, 3, 0.0001 (no exponent, no trailing zeros)."""
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def check_groups(items, report):
    """A group names items never drawn together: a group with a single item is probably a typo."""
    members = Counter(item.group for item in items if item.group)
    for item in items:
        if item.group and members[item.group] == 1:
            report.warning(item.location.file, item.location.line,
                           f"item '{item.id}': group '{item.group}' has no other item; give the related items "
                           "the same group, or remove it")


def check_key_balance(items, report, where):
    """Multiple-choice keys: each count of correct options (1 to 4) must be about as common as the others."""
    keys = [len(item.answer) for item in items if isinstance(item, MultipleChoiceItem)]
    if len(keys) < KEY_BALANCE_MIN_ITEMS:
        return
    counts = Counter(keys)
    low, high = KEY_SHARE_RANGE
    shares = {count: counts[count] / len(keys) for count in KEY_COUNTS}
    if any(not low <= share <= high for share in shares.values()) or sum(counts[c] for c in KEY_COUNTS) < len(keys):
        summary = ", ".join(f"{counts[c]} with {c}" for c in KEY_COUNTS)
        report.error(where, None, f"multiple-choice keys are unbalanced ({summary} correct options, of "
                                  f"{len(keys)}): the number of correct options is a clue; give each count from 1 to "
                                  f"4 a share between {low:.0%} and {high:.0%}")


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
            elif isinstance(item, NumericItem):
                check_rounding(item, item.answer, report)


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
    items = [item for file in files for item in read_quiz_file(file, known)[0]]
    check_groups(items, report)
    check_key_balance(items, report, folder)
