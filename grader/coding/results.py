"""Judge verdicts and the small frozen dataclasses a judging produces.

``JudgeVerdict`` is closed: AC, WA, TLE, MLE, OLE, RTE, CE and JE (judge error:
a broken problem or our failure, never the candidate's).  ``JudgeResult.to_json``
is the ``vetkit judge --json`` contract of shared/DESIGN.md.
"""

import enum
from dataclasses import dataclass, field


class JudgeVerdict(str, enum.Enum):
    """Outcome of judging a submission, or one of its tests."""

    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    OLE = "OLE"
    RTE = "RTE"
    CE = "CE"
    JE = "JE"


SAMPLE_GROUP = "sample"
SECRET_GROUP = "secret"


@dataclass(frozen=True)
class TestResult:
    """One test's verdict and measurements; ``feedback`` is the validator's message (or why it failed)."""

    __test__ = False  # not a pytest class

    name: str
    group: str
    verdict: JudgeVerdict
    cpu_time: float = 0.0
    wall_time: float = 0.0
    memory_kb: int = 0
    feedback: str = ""

    @property
    def is_sample(self) -> bool:
        """True for a test of ``data/sample``."""
        return self.group == SAMPLE_GROUP

    def to_json(self):
        """A JSON-ready dict (the ``tests`` entries of the judge contract)."""
        return {"name": self.name, "group": self.group, "verdict": self.verdict.value, "sample": self.is_sample,
                "cpu_time": self.cpu_time, "wall_time": self.wall_time, "memory_kb": self.memory_kb,
                "feedback": self.feedback}


@dataclass(frozen=True)
class GroupResult:
    """A test group's result: its verdict (None when judging never reached it), points earned of its maximum."""

    name: str
    points: float
    earned: float
    passed: int
    total: int
    verdict: JudgeVerdict | None = None

    def to_json(self):
        """A JSON-ready dict."""
        return {"name": self.name, "verdict": self.verdict.value if self.verdict else None, "points": self.points,
                "earned": self.earned, "passed": self.passed, "total": self.total}


@dataclass(frozen=True)
class JudgeResult:
    """The outcome of judging one submission against one problem."""

    verdict: JudgeVerdict
    score: float
    max_score: float
    tests: tuple = ()
    groups: tuple = ()
    compile_output: str = ""
    time_limit: float = 0.0
    memory_mb: int = 0
    message: str = ""
    """Why the verdict is CE or JE when no test says it (compilation, broken validator, ...)."""
    total: int = 0
    """How many tests the problem has (run or not)."""
    warnings: tuple = field(default=())
    not_run: tuple = field(default=())
    """The names of the tests that were not run (lazy judging, ``on_reject: break``, CE or JE), in order."""

    @property
    def passed(self) -> int:
        """How many tests were accepted."""
        return sum(test.verdict == JudgeVerdict.AC for test in self.tests)

    def to_json(self):
        """A JSON-ready dict: the ``vetkit judge --json`` contract."""
        return {"verdict": self.verdict.value, "error": None, "score": self.score, "max_score": self.max_score,
                "passed": self.passed, "total": self.total, "compile_output": self.compile_output,
                "time_limit": self.time_limit, "memory_mb": self.memory_mb, "message": self.message,
                "tests": [test.to_json() for test in self.tests],
                "groups": [group.to_json() for group in self.groups], "warnings": list(self.warnings),
                "not_run": list(self.not_run)}
