"""Per-skill vetting signals from graded results (the formula is documented in docs/signals.md).

For each skill, over the graded results that name it (a result naming several skills counts
fully for each), with difficulty weights w (easy 1, medium 2, hard 3) and score fractions s:

* score = 100 * sum(w * s) / sum(w), rounded to one decimal (None when nothing is graded yet);
* confidence = 1 - exp(-sum(w) / K) with K = 6, rounded to two decimals: one result of each
  difficulty gives 0.63, twice that evidence 0.86;
* evidence: every result behind the number, sorted by result id; pending results (free text
  awaiting review) are left out of both numbers and listed under ``pending``.

``compute_signals(results)`` takes only results (no name, school, location or any other
attribute of the candidate) and is deterministic: exact rational arithmetic and sorted output,
so the same results in any order give identical signals.
"""

import math
from dataclasses import dataclass
from fractions import Fraction

from .errors import GraderError

#: Weight of a result by its item's difficulty: harder items say more about a skill.
DIFFICULTY_WEIGHTS = {"easy": 1, "medium": 2, "hard": 3}
#: K: the weighted evidence at which confidence reaches 1 - 1/e (0.63), e.g. one easy, one medium, one hard.
EVIDENCE_SCALE = 6
#: Scores are percentages.
SCORE_SCALE = 100
#: Decimals kept in a score (73.3) and in a confidence (0.63).
SCORE_DECIMALS = 1
CONFIDENCE_DECIMALS = 2
#: What a result can come from.
RESULT_KINDS = ("coding", "quiz", "takehome")
GRADED = "graded"
PENDING = "pending"
RESULT_STATUSES = (GRADED, PENDING)


class SignalInputError(GraderError):
    """A result given to ``compute_signals`` is malformed (unknown kind or difficulty, score outside [0, 1]...)."""


@dataclass(frozen=True)
class GradedResult:
    """One graded (or pending) answer: the only input of the signals.  ``score`` is a fraction in [0, 1]."""

    result_id: str
    kind: str
    skills: tuple[str, ...]
    difficulty: str
    score: float
    status: str = GRADED

    def __post_init__(self):
        object.__setattr__(self, "skills", tuple(sorted(set(self.skills))))
        problems = [
            (not isinstance(self.result_id, str) or not self.result_id, "result_id must be non-empty text"),
            (self.kind not in RESULT_KINDS, f"kind must be one of {', '.join(RESULT_KINDS)}"),
            (not self.skills, "skills must name at least one skill"),
            (self.difficulty not in DIFFICULTY_WEIGHTS, f"difficulty must be one of {', '.join(DIFFICULTY_WEIGHTS)}"),
            (self.status not in RESULT_STATUSES, f"status must be one of {', '.join(RESULT_STATUSES)}"),
            (isinstance(self.score, bool) or not isinstance(self.score, (int, float))
             or not 0 <= self.score <= 1, "score must be a fraction from 0 to 1"),
        ]
        for failed, message in problems:
            if failed:
                raise SignalInputError(f"result {self.result_id!r}: {message}")


@dataclass(frozen=True)
class Evidence:
    """One result behind a signal, with the weight it carried."""

    result_id: str
    kind: str
    difficulty: str
    weight: int
    score: float

    def to_json(self):
        """A JSON-ready dict."""
        return {"result_id": self.result_id, "kind": self.kind, "difficulty": self.difficulty,
                "weight": self.weight, "score": self.score}


@dataclass(frozen=True)
class SkillSignal:
    """A skill's score (0-100, None before any graded evidence), confidence (0-1) and the results behind them."""

    skill: str
    score: float | None
    confidence: float
    evidence_weight: int
    evidence: tuple[Evidence, ...]
    pending: tuple[str, ...]

    @property
    def results(self):
        """The ids of the graded results behind the score, sorted."""
        return tuple(e.result_id for e in self.evidence)

    def to_json(self):
        """A JSON-ready dict."""
        return {"skill": self.skill, "score": self.score, "confidence": self.confidence,
                "evidence_weight": self.evidence_weight, "evidence": [e.to_json() for e in self.evidence],
                "pending": list(self.pending)}


def weighted_score(evidence):
    """100 * sum(w * s) / sum(w) over ``evidence``, exactly, rounded to ``SCORE_DECIMALS``; None if empty."""
    total = sum(e.weight for e in evidence)
    if not total:
        return None
    exact = SCORE_SCALE * sum(Fraction(e.weight) * Fraction(e.score) for e in evidence) / total
    return float(round(exact, SCORE_DECIMALS))


def confidence(evidence_weight):
    """1 - exp(-evidence_weight / EVIDENCE_SCALE), rounded to ``CONFIDENCE_DECIMALS``."""
    return round(1 - math.exp(-evidence_weight / EVIDENCE_SCALE), CONFIDENCE_DECIMALS)


def _signal(skill, results):
    graded = [r for r in results if r.status == GRADED]
    evidence = tuple(Evidence(r.result_id, r.kind, r.difficulty, DIFFICULTY_WEIGHTS[r.difficulty], r.score)
                     for r in graded)
    weight = sum(e.weight for e in evidence)
    pending = tuple(r.result_id for r in results if r.status == PENDING)
    return SkillSignal(skill, weighted_score(evidence), confidence(weight), weight, evidence, pending)


def compute_signals(results):
    """One ``SkillSignal`` per skill named by ``results`` (``GradedResult``s), sorted by skill id.

    Raises ``SignalInputError`` when two results share an id.
    """
    ordered = sorted(results, key=lambda r: r.result_id)
    for previous, current in zip(ordered, ordered[1:]):
        if previous.result_id == current.result_id:
            raise SignalInputError(f"result id {current.result_id!r} is given twice; give each result once")
    by_skill = {}
    for result in ordered:
        for skill in result.skills:
            by_skill.setdefault(skill, []).append(result)
    return tuple(_signal(skill, by_skill[skill]) for skill in sorted(by_skill))
