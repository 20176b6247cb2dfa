"""Take-home grading overhead: grading (sanitise, execute, metric, probes) against plain
execution of the same notebook in a hardened container, side by side; prints the ratio.
``bench_takehome_warm`` does the same on cold and on warm notebook containers (``sandbox.notebook_pool``).
"""

import statistics
import time
from pathlib import Path

import sandbox
from sandbox import notebook_pool
from bench.report import line, median_seconds
from grader.takehome import grade_takehome
from grader.takehome.grade import _notebook_limits
from grader.takehome.task import load_task

ROOT = Path(__file__).resolve().parent.parent
TASK = ROOT / "tests" / "files" / "takehomes" / "tiny-classifier"
REPEATS = 7


def bench_takehome():
    """Grade the fixture take-home against executing its notebook plainly in the sandbox (the task's limits)."""
    task = load_task(TASK)
    notebook = (TASK / "solution.ipynb").read_bytes()
    files = {task.path(rel).name: task.path(rel).read_bytes() for rel in task.data}
    limits = _notebook_limits(task)
    plain = median_seconds(lambda: sandbox.run_notebook(notebook, limits=limits, files=files), REPEATS, warm=False)
    graded = median_seconds(lambda: grade_takehome(task, notebook), REPEATS, warm=False)
    line("plain notebook execution in the sandbox", plain * 1000, "ms")
    line("grading the same take-home (all steps)", graded * 1000, "ms")
    line("ratio grading / plain execution", graded / plain)


READY_SECONDS = 300
"""Longest wait for the warm containers to be started before a timed call (a bound, not a figure)."""


def _timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def bench_takehome_warm(repeats=REPEATS):
    """Plain execution and grading of the fixture, cold and on a warm container, timed in turn.

    Both run under the task's limits, so they share one pool, and each warm call starts once that pool
    is full again (the kernel started, the stack imported): what a notebook costs when a warm container
    waits for it, with no refill competing for the CPU.  Prints medians, the executor's own wall time
    (kernel, imports and cells) and the ratios.
    """
    task = load_task(TASK)
    notebook = (TASK / "solution.ipynb").read_bytes()
    files = {task.path(rel).name: task.path(rel).read_bytes() for rel in task.data}
    limits = _notebook_limits(task)
    samples = {key: [] for key in ("plain cold", "graded cold", "plain warm", "graded warm")}
    inside = {key: [] for key in samples}
    for _ in range(repeats):
        notebook_pool.configure(0)
        for kind in ("cold", "warm"):
            if kind == "warm":
                notebook_pool.configure(1)
            for name, action in (("plain", lambda: sandbox.run_notebook(notebook, limits=limits, files=files)),
                                 ("graded", lambda: grade_takehome(task, notebook))):
                if kind == "warm" and not notebook_pool.wait_ready(limits, READY_SECONDS):
                    raise RuntimeError("the warm notebook containers did not start")
                seconds, result = _timed(action)
                run = result.summary() if name == "plain" else result.run
                if kind == "warm" and not run.get("warm"):
                    raise RuntimeError(f"the {name} run did not get a warm container")
                samples[f"{name} {kind}"].append(seconds)
                inside[f"{name} {kind}"].append(run["wall_time"])
    notebook_pool.configure(0)
    medians = {key: statistics.median(values) for key, values in samples.items()}
    for key in samples:
        line(f"{key} (executor alone)", medians[key] * 1000, f"ms ({statistics.median(inside[key]) * 1000:.0f} ms)")
    line("ratio graded / plain, cold", medians["graded cold"] / medians["plain cold"])
    line("ratio graded / plain, warm", medians["graded warm"] / medians["plain warm"])
    line("ratio graded warm / plain cold", medians["graded warm"] / medians["plain cold"])
    return medians


def main():
    """Measure and print the take-home figures."""
    print(f"take-home benchmark (median of {REPEATS})")
    bench_takehome()
    print(f"take-home on cold and warm notebook containers (median of {REPEATS}, in turn)")
    bench_takehome_warm()


if __name__ == "__main__":
    main()
