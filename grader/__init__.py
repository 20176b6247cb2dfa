"""The grader: turns sandbox runs into verdicts, scores and per-skill vetting signals.

Never imports Flask; reads the question bank and calls the sandbox.  Each kind of grading has its
own subpackage: ``grader.coding`` (Kattis packages and the judge), ``grader.takehome`` (notebooks)
and ``grader.quiz`` (ML-fundamentals items); ``grader.signals`` and ``grader.graded`` join them.
"""

# Quiz grading and vetting signals (ML-fundamentals items): docs/formats-quiz.md, docs/signals.md.
from .errors import GraderError
from .quiz import ItemGrade, RubricError, apply_rubric, grade_item, to_graded_result
from .signals import Evidence, GradedResult, SignalInputError, SkillSignal, compute_signals

# Coding problems as Kattis packages: docs/formats-coding.md.
from .errors import ProblemError, SubmissionError
from .coding import (GroupResult, JudgeResult, JudgeVerdict, Problem, TestResult, inspect_problem, judge,
                     judge_problem, load_problem)

# Take-home notebooks: docs/formats-takehome.md.
from .takehome import TakehomeGrade, Task, TaskError, grade_takehome, load_task, read_task

# Any kind of graded work as input of the vetting signals.
from .graded import coding_graded, takehome_graded
