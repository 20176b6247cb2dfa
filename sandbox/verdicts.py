"""The closed set of run verdicts and how the facts of a run decide one.

Precedence: SE (our failure, never charged to the candidate) > CE > TLE > MLE >
OLE > RTE > OK.  What a program prints never decides its verdict on its own: the
out-of-memory messages of Python, Java and C++ count only when the program also
ended abnormally.  Memory is the larger of the largest process's peak and the
container's peak during the run (above what was in use before it): memory spread
over several processes, daemons or shared memory counts.
"""

import enum
import signal


class Verdict(str, enum.Enum):
    """Outcome of running one program on one input."""

    OK = "OK"
    CE = "CE"
    TLE = "TLE"
    MLE = "MLE"
    OLE = "OLE"
    RTE = "RTE"
    SE = "SE"


PRECEDENCE = [Verdict.SE, Verdict.CE, Verdict.TLE, Verdict.MLE, Verdict.OLE, Verdict.RTE, Verdict.OK]
OOM_MESSAGES = (b"MemoryError", b"java.lang.OutOfMemoryError", b"std::bad_alloc")


def worst(verdicts):
    """The verdict that takes precedence among ``verdicts`` (OK for none)."""
    found = set(verdicts)
    return next((v for v in PRECEDENCE if v in found), Verdict.OK)


def memory_used_kb(facts):
    """A run's memory in KiB: the larger of its largest process's peak and the container's peak during it."""
    return max(facts["memory_kb"], facts["group_memory_kb"])


def classify(facts, stderr, *, cpu_limit, memory_limit_kb):
    """Decide the verdict of one run from the supervisor's facts."""
    abnormal = facts["exit_code"] != 0
    candidates = []
    if (facts["stopped_by"] in ("cpu", "wall", "idle") or facts["signal"] == signal.SIGXCPU
            or facts["cpu_time"] > cpu_limit):
        candidates.append(Verdict.TLE)
    if facts["oom_killed"] or memory_used_kb(facts) > memory_limit_kb or (
            abnormal and any(message in stderr for message in OOM_MESSAGES)):
        candidates.append(Verdict.MLE)
    if facts["stopped_by"] == "output" or facts["stdout_overflow"]:
        candidates.append(Verdict.OLE)
    if abnormal:
        candidates.append(Verdict.RTE)
    return worst(candidates)
