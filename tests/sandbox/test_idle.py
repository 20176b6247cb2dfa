"""The idle limit: a sleeping program is stopped as idle, a short nap or a starved program is not."""

import pytest

import sandbox
from sandbox.limits import IDLE_SLACK_SECONDS
from sandbox.verdicts import classify

SLEEPY = b"import time\ntime.sleep(60)\n"
NAP = b"import time\ntime.sleep(0.1)\nprint('awake')\n"


def test_the_idle_limit_follows_the_cpu_limit_unless_given():
    assert sandbox.Limits(cpu_time=2).effective_idle_time == 2 + IDLE_SLACK_SECONDS
    assert sandbox.Limits(cpu_time=2, idle_time=7).effective_idle_time == 7
    assert sandbox.Limits(cpu_time=1).effective_idle_time < sandbox.Limits(cpu_time=1).effective_wall_time


def test_a_run_stopped_as_idle_is_a_time_limit_exceeded():
    facts = {"stopped_by": "idle", "signal": 9, "cpu_time": 0.01, "exit_code": None, "oom_killed": False,
             "memory_kb": 1000, "group_memory_kb": 1000, "stdout_overflow": False}
    assert classify(facts, b"", cpu_limit=1, memory_limit_kb=1 << 20) == sandbox.Verdict.TLE


@pytest.mark.docker
def test_a_sleeping_program_is_stopped_as_idle_and_a_nap_is_not(runner_image):
    limits = sandbox.Limits(cpu_time=1.0)
    batch = sandbox.run_program({"a.py": SLEEPY}, language="python", limits=limits)
    assert batch.runs[0].verdict == sandbox.Verdict.TLE and "idle" in batch.runs[0].detail
    nap = sandbox.run_program({"a.py": NAP}, language="python", limits=limits)
    assert nap.runs[0].verdict == sandbox.Verdict.OK and nap.runs[0].stdout == b"awake\n"
