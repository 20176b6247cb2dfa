"""The grader: turns sandbox runs into verdicts, scores and per-skill vetting signals.

Never imports Flask; reads the question bank and calls the sandbox.
"""

# Quiz grading and vetting signals (ML-fundamentals items): docs/formats-quiz.md, docs/signals.md.
from .errors import GraderError
from .quiz import ItemGrade, RubricError, apply_rubric, grade_item, to_graded_result
from .signals import Evidence, GradedResult, SignalInputError, SkillSignal, compute_signals
