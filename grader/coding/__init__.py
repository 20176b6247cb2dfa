"""Coding problems: Kattis packages loaded, judged in the sandbox and checked (docs/formats-coding.md).

* ``kattis``: the package loader (``load_problem``, ``inspect_problem``, ``Problem``);
* ``testdata``: the tree of test groups under ``data/`` with their ``testdata.yaml``;
* ``grading``: the format's grading rules (problemtools' default grader, the 2023-07 scoring);
* ``metadata``: our ``vetkit.yaml`` beside a package;
* ``sources``: programs of a package or a candidate, and their languages;
* ``expectations``: what a reference submission must get (its folder, DOMjudge's tag);
* ``timelimit``: the time limit, declared or derived from the accepted submissions;
* ``validators``: the default output validator and custom ones in their own container;
* ``runs``: one test, batch or interactive, and its verdict;
* ``judge``: compile once, run the tests the rules ask for, decide the verdict and score;
* ``results``: the closed verdict type and the result dataclasses;
* ``samples``: the practice Run: a submission on the samples or on custom input, with its output;
* ``check``: the bank check of coding packages (every reference submission judged).
"""

from .judge import judge, judge_problem
from .kattis import Problem, inspect_problem, load_problem
from .results import GroupResult, JudgeResult, JudgeVerdict, TestResult
from .samples import RunOutcome, SampleRun, run_one_test, run_samples

__all__ = ["GroupResult", "JudgeResult", "JudgeVerdict", "Problem", "RunOutcome", "SampleRun", "TestResult",
           "inspect_problem", "judge", "judge_problem", "load_problem", "run_one_test", "run_samples"]
