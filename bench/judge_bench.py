"""Judging overhead: one ``grader.coding.judge`` of a 40-test problem against 40 single sandbox runs of the same program.

Builds a pass-fail problem with 40 small tests in a temporary folder, then measures
side by side (median of a few repeats):

1. ``grader.coding.judge.judge``: load the package, compile once, run the 40 tests in one
   container, validate each output on the host;
2. 40 separate ``sandbox.run_program`` calls, one per test input (a container each);

and prints the ratio.  Run alone with ``python -m bench.judge_bench``.
"""

import tempfile
from pathlib import Path

import sandbox
from bench.report import line, median_seconds
from grader.coding.judge import judge
from grader.coding.results import JudgeVerdict

TESTS = 40
REPEATS = 3
PROGRAM = {"main.py": b"a, b = map(int, input().split())\nprint(a + b)\n"}


def build_problem(root: Path) -> Path:
    """A pass-fail problem with ``TESTS`` secret tests (a + b) under ``root``."""
    problem = root / "bench_sum"
    (problem / "data/secret").mkdir(parents=True)
    (problem / "data/sample").mkdir()
    (problem / "problem.yaml").write_text("name: Bench sum\nlimits: {time_limit: 1, memory: 256}\n")
    for index in range(TESTS):
        (problem / f"data/secret/{index:02d}.in").write_text(f"{index} {index * 7}\n")
        (problem / f"data/secret/{index:02d}.ans").write_text(f"{index * 8}\n")
    return problem


def _judge_once(problem):
    result = judge(problem, PROGRAM, language="python")
    assert result.verdict == JudgeVerdict.AC and result.passed == TESTS, result


def _single_runs(problem):
    for path in sorted((problem / "data/secret").glob("*.in")):
        batch = sandbox.run_program(PROGRAM, language="python", inputs=[path.read_bytes()])
        assert batch.verdict == sandbox.Verdict.OK, batch


def main():
    """Measure and print the judging figures."""
    with tempfile.TemporaryDirectory() as folder:
        problem = build_problem(Path(folder))
        judged = median_seconds(lambda: _judge_once(problem), REPEATS)
        singles = median_seconds(lambda: _single_runs(problem), REPEATS)
    print(f"judge benchmark ({TESTS} tests, median of {REPEATS})")
    line("grader judge, one container", judged * 1000, "ms")
    line(f"{TESTS} single sandbox runs", singles * 1000, "ms")
    line("ratio judge / single runs", judged / singles)


if __name__ == "__main__":
    main()
