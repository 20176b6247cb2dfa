"""Robustly slow: a time_limit_exceeded reference solution must stay TLE however loaded the machine is.

problemtools judges a ``time_limit_exceeded/`` submission with the time limit
times the safety margin.  A solution that barely exceeds that flips to AC the
day the judge machine is idle and the data generator drifts, and proves
nothing about the data.  vetkit asks for more: judged with ``ROBUST_FACTOR``
times the limit with the margin, it must still exceed the limit on some test.
``tle_check_limit`` gives the limit to judge with, and ``not_robust_message``
says, when it did not time out, which test came closest and by how much.
"""

from .results import JudgeVerdict

ROBUST_FACTOR = 2.0
"""A time_limit_exceeded submission must time out with this many times the limit with the safety margin."""


def tle_check_limit(problem, time_limit) -> float:
    """The CPU limit (seconds) a time_limit_exceeded submission is judged with by the bank check."""
    return time_limit * problem.safety_margin * ROBUST_FACTOR


def not_robust_message(problem, result, time_limit) -> str:
    """One sentence for a time_limit_exceeded submission that did not time out at ``tle_check_limit``."""
    needed = tle_check_limit(problem, time_limit)
    margin = time_limit * problem.safety_margin
    slowest = max(result.tests, key=lambda test: test.cpu_time, default=None)
    if slowest is None:
        return (f"got {result.verdict.value}, but submissions/time_limit_exceeded/ expects TLE with "
                f"{ROBUST_FACTOR:g} x the limit with the safety margin ({needed:g} s); {result.message}")
    where = (f"its slowest test, {slowest.name}, took {slowest.cpu_time:.2f} s, "
             f"{slowest.cpu_time / margin:.2f} x the limit with the safety margin ({margin:g} s)")
    if result.verdict == JudgeVerdict.AC:
        return (f"is not robustly slow: judged with {ROBUST_FACTOR:g} x the limit with the safety margin "
                f"({needed:g} s) it got AC, and {where}; make a test where it takes at least {needed:g} s "
                "(larger or harder data), or move it to another folder")
    failing = next(test for test in result.tests if test.verdict != JudgeVerdict.AC)
    return (f"got {result.verdict.value} on {failing.name} when judged with {needed:g} s "
            f"({ROBUST_FACTOR:g} x the limit with the safety margin), but submissions/time_limit_exceeded/ "
            f"expects TLE; {where}")
