"""Turn a judged coding submission or a graded take-home into the signals' input, ``GradedResult``.

Quiz answers have ``grader.quiz.to_graded_result``; these two complete the
pipeline, so coding, ML-fundamentals and notebook work all become per-skill
vetting signals (``grader.signals.compute_signals``) that name the result behind
each number.  A JE verdict, or a take-home whose sandbox failed (status
``pending_infrastructure``), is our failure, never the candidate's: it stays pending (to be
graded again) and counts in no signal.  A take-home counts with its automatic
points while the recruiter's rubric is still pending.
"""

from .coding.results import JudgeVerdict
from .signals import GRADED, PENDING, GradedResult

CODING_KIND = "coding"
TAKEHOME_KIND = "takehome"


def coding_graded(result_id, problem, result) -> GradedResult:
    """The ``GradedResult`` of ``result`` (a ``JudgeResult``) for ``problem`` (its skills and difficulty)."""
    metadata = problem.metadata
    if metadata is None or not metadata.skills or metadata.difficulty is None:
        raise ValueError(f"problem {problem.path.name} has no skills or difficulty in vetkit.yaml: add them")
    if result.max_score:
        fraction = result.score / result.max_score
    else:
        fraction = 1.0 if result.verdict == JudgeVerdict.AC else 0.0
    status = PENDING if result.verdict == JudgeVerdict.JE else GRADED
    return GradedResult(result_id, CODING_KIND, metadata.skills, metadata.difficulty,
                        min(max(fraction, 0.0), 1.0), status)


def takehome_graded(result_id, task, grade) -> GradedResult:
    """The ``GradedResult`` of ``grade`` (a ``TakehomeGrade``) for ``task``: the automatic points' share.

    A grade to retry (the sandbox failed) is pending, with no score: it counts in no signal.
    """
    if grade.score is None:  # pending_infrastructure: the sandbox failed
        return GradedResult(result_id, TAKEHOME_KIND, task.skills, task.difficulty, 0.0, PENDING)
    fraction = grade.score / grade.auto_max_score if grade.auto_max_score else 0.0
    return GradedResult(result_id, TAKEHOME_KIND, task.skills, task.difficulty, min(max(fraction, 0.0), 1.0),
                        GRADED)
