"""A problem's time limit: declared, or computed as problemtools does from the accepted submissions, and cached.

Order: ``limits.time_limit`` in problem.yaml, else a ``.timelimit`` file (both
read by ``grader.coding.kattis``), else the slowest accepted submission's CPU time on
any test times the format's multiplier (5 legacy, 2 for 2023-07-draft), rounded
up to whole seconds.  The computed limit is cached in ``$VETKIT_CACHE_DIR``
(default ``~/.cache/vetkit``) under a hash of the package's contents, so it is
recomputed whenever any file of the package changes.
"""

import hashlib
import json
import math
import os
from pathlib import Path

from question_bank.findings import error

from ..errors import ProblemError
from .results import JudgeVerdict
from .sources import ACCEPTED_FOLDER

CACHE_ENV = "VETKIT_CACHE_DIR"
"""Environment variable naming the cache folder."""
DEFAULT_CACHE_DIR = Path.home() / ".cache" / "vetkit"
CALIBRATION_SECONDS = 10.0
"""CPU limit per test while timing the accepted submissions."""
MIN_TIME_LIMIT = 1.0
"""The smallest computed time limit (seconds)."""
HASHED_PARTS = ("problem.yaml", "data", "submissions/accepted", "output_validators", "output_validator",
                "vetkit.yaml")


def package_hash(path) -> str:
    """A SHA-256 over the names and contents of the files that decide the time limit."""
    digest = hashlib.sha256()
    for part in HASHED_PARTS:
        root = Path(path) / part
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for file in files:
            digest.update(str(file.relative_to(path)).encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def cache_file(path) -> Path:
    """Where the computed time limit of the package at ``path`` is cached."""
    root = Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE_DIR)
    return root / "timelimits" / f"{package_hash(path)}.json"


def resolve_time_limit(problem, judge_problem) -> float:
    """The problem's time limit in seconds; ``judge_problem`` runs the accepted submissions when it must be computed."""
    if problem.time_limit:
        return problem.time_limit
    file = cache_file(problem.path)
    try:
        return float(json.loads(file.read_text())["time_limit"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    slowest = slowest_accepted(problem, judge_problem)
    limit = max(MIN_TIME_LIMIT, float(math.ceil(slowest * problem.time_multiplier)))
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_suffix(".tmp")
        temporary.write_text(json.dumps({"time_limit": limit, "slowest_accepted": slowest}))
        temporary.replace(file)
    except OSError:
        pass  # an unwritable cache only costs a recomputation
    return limit


def _raise(file, message):
    raise ProblemError(f"{file}: {message}", [error(file, None, message)])


def slowest_accepted(problem, judge_problem) -> float:
    """The largest CPU time of any accepted submission on any test; ProblemError when one is not AC."""
    accepted = [program for program in problem.submissions if program.folder == ACCEPTED_FOLDER]
    if not accepted:
        _raise(problem.path / "problem.yaml", "no time limit: set limits.time_limit, add a .timelimit file "
                                              "or add submissions/accepted/ to compute it from")
    slowest = 0.0
    for program in accepted:
        result = judge_problem(problem, program.files, language=program.language, time_limit=CALIBRATION_SECONDS)
        if result.verdict != JudgeVerdict.AC:
            _raise(program.path, f"this accepted submission got {result.verdict.value} while computing "
                                 "the time limit")
        slowest = max([slowest, *(test.cpu_time for test in result.tests)])
    return slowest
