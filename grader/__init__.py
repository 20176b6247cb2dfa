"""The grader: turns sandbox runs into verdicts, scores and per-skill vetting signals.

Never imports Flask; reads the question bank and calls the sandbox.  Each kind of grading has its
own subpackage: ``grader.coding`` (Kattis packages and the judge), ``grader.takehome`` (notebooks)
and ``grader.quiz`` (ML-fundamentals items); ``grader.signals`` and ``grader.graded`` join them.
"""

import importlib

from .errors import GraderError, ProblemError, SubmissionError

# Each name loads its subpackage on first use (PEP 562), so ``import grader.errors`` stays cheap.
_LAZY = {
    # Quiz grading and vetting signals (ML-fundamentals items): docs/formats-quiz.md, docs/signals.md.
    **dict.fromkeys(("ItemGrade", "RubricError", "apply_rubric", "grade_item", "to_graded_result"), "quiz"),
    **dict.fromkeys(("Evidence", "GradedResult", "SignalInputError", "SkillSignal", "compute_signals"), "signals"),
    # Coding problems as Kattis packages: docs/formats-coding.md.
    **dict.fromkeys(("GroupResult", "JudgeResult", "JudgeVerdict", "Problem", "TestResult", "inspect_problem",
                     "judge", "judge_problem", "load_problem"), "coding"),
    # Take-home notebooks: docs/formats-takehome.md.
    **dict.fromkeys(("TakehomeGrade", "Task", "TaskError", "grade_takehome", "load_task", "read_task"), "takehome"),
    # Any kind of graded work as input of the vetting signals.
    **dict.fromkeys(("coding_graded", "takehome_graded"), "graded"),
}


def __getattr__(name):
    """Load the subpackage that defines ``name`` on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'grader' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
