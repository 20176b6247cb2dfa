"""The question bank: coding problems, ML-fundamentals items and take-homes, with loader and checker.

Public API (ML-fundamentals items and the skill taxonomy; formats in docs/formats-quiz.md):

* ``load_taxonomy(path=None) -> Taxonomy`` and ``load_quiz(paths=None, *, taxonomy=None)``
  -> tuple of quiz items (frozen dataclasses, each with its ``location``); both raise
  ``BankError`` listing every problem.  ``read_taxonomy`` / ``read_quiz`` /
  ``read_quiz_file`` return ``(value, findings)`` instead of raising.
* ``check_bank(path=None) -> Report``: every error and warning of the bank; checkers are
  functions ``check_x(bank_root, report)`` listed in ``CHECKERS`` or added with
  ``register_checker``.
* ``bank_stats(path=None) -> dict``: coverage; other kinds plug in with ``register_stats_source``.
* ``safe_eval(expression)``: the safe evaluator of numeric ``computation`` expressions.
"""

from .check import CHECKERS, ITEM_CHECKERS, check_bank, register_checker, register_item_checker, run_checkers
from .errors import BankError, ExpressionError
from .findings import ERROR, WARNING, Finding
from .items import (DIFFICULTIES, FREE_TEXT, ITEM_TYPES, MULTIPLE_CHOICE, NUMERIC, SHORT_ANSWER, SINGLE_CHOICE,
                    FreeTextItem, Location, MultipleChoiceItem, NumericItem, Option, QuizItem, RubricCriterion,
                    ShortAnswerItem, SingleChoiceItem, Tolerance, compile_pattern, normalise_answer)
from .paths import DEFAULT_BANK_ROOT
from .quiz_loader import load_quiz, load_quiz_file, read_quiz, read_quiz_file
from .report import Report
from .safe_eval import safe_eval
from .stats import ItemSummary, bank_stats, register_blueprint_stats, register_stats_source
from .taxonomy import Area, Skill, Taxonomy, load_taxonomy, read_taxonomy

__all__ = [
    "Area", "BankError", "CHECKERS", "ITEM_CHECKERS", "DEFAULT_BANK_ROOT", "DIFFICULTIES", "ERROR", "ExpressionError", "FREE_TEXT",
    "Finding", "FreeTextItem", "ITEM_TYPES", "ItemSummary", "Location", "MULTIPLE_CHOICE", "MultipleChoiceItem",
    "NUMERIC", "NumericItem", "Option", "QuizItem", "Report", "RubricCriterion", "SHORT_ANSWER",
    "SINGLE_CHOICE", "ShortAnswerItem", "SingleChoiceItem", "Skill", "Taxonomy", "Tolerance", "WARNING",
    "bank_stats", "check_bank", "compile_pattern", "load_quiz", "load_quiz_file", "load_taxonomy",
    "normalise_answer", "read_quiz", "read_quiz_file", "read_taxonomy", "register_blueprint_stats",
    "register_checker", "register_item_checker", "register_stats_source", "run_checkers", "safe_eval",
]
