"""What a take-home's statement must not give away: the metric's band thresholds.

The statement is handed to the candidate, so it may say how the metric is scored (the
metric, how many bands, their points) but never where the bands start: a quoted
threshold tells a candidate when to stop and, across candidates, becomes a target to
game.  ``leaked_thresholds(task, text)`` finds every number in the statement that equals a
band's threshold, written as a plain number (``0.83``, ``0.830``, ``22``) or, for thresholds
up to 1, as a percentage (``83%``); numbers inside identifiers (``c04000``, ``h2``) and
counts of points (``30 points``) do not count.
"""

import math
import re

NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(\s*%)?(?![\w])(?!\s*points?\b)")
"""A number standing on its own, optionally followed by a percent sign, that is not a count of points."""


def numbers_in(text):
    """``(value, written)`` for every number of ``text``; a percentage is given as its fraction too."""
    found = []
    for match in NUMBER.finditer(text):
        value = float(match.group(1))
        found.append((value / 100 if match.group(2) else value, match.group(0).strip()))
    return found


def leaked_thresholds(task, text):
    """The band thresholds of ``task`` that ``text`` quotes, each with how it was written (sorted)."""
    if not task.metric:
        return []
    thresholds = {band.threshold for band in task.metric.bands}
    leaks = {(threshold, written) for value, written in numbers_in(text) for threshold in thresholds
             if math.isclose(value, threshold, rel_tol=1e-9, abs_tol=1e-12)}
    return sorted(leaks)


def statement_problems(task):
    """One sentence per band threshold that the task's statement.md quotes."""
    path = task.path("statement.md")
    if not path.is_file():
        return []
    return [f"the statement quotes the band threshold {threshold:g} (as `{written}`): candidates must not see "
            "where the bands start; say how many bands there are and what they reward instead"
            for threshold, written in leaked_thresholds(task, path.read_text(encoding="utf-8"))]
