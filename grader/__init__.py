"""The grader: turns sandbox runs into verdicts, scores and per-skill vetting signals.

Never imports Flask; reads the question bank and calls the sandbox.
"""

# Quiz grading and vetting signals (ML-fundamentals items): docs/formats-quiz.md, docs/signals.md.
from .errors import GraderError
from .quiz import ItemGrade, RubricError, apply_rubric, grade_item, to_graded_result
from .signals import Evidence, GradedResult, SignalInputError, SkillSignal, compute_signals

# Coding problems as Kattis packages: docs/formats-coding.md.
from .errors import ProblemError, SubmissionError
from .judge import judge, judge_problem
from .kattis import Problem, inspect_problem, load_problem
from .results import GroupResult, JudgeResult, JudgeVerdict, TestResult

# Take-home notebooks: docs/formats-takehome.md.
from .takehome import TakehomeGrade, grade_takehome
from .takehome_task import Task, TaskError, load_task, read_task

# Any kind of graded work as input of the vetting signals.
from .graded import coding_graded, takehome_graded
