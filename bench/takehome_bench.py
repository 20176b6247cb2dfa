"""Take-home grading overhead: grading (sanitise, execute, metric, probes) against plain
execution of the same notebook in a hardened container, side by side; prints the ratio.
"""

from pathlib import Path

import sandbox
from bench.report import line, median_seconds
from grader.takehome import grade_takehome
from grader.takehome.task import load_task

ROOT = Path(__file__).resolve().parent.parent
TASK = ROOT / "tests" / "files" / "takehomes" / "tiny-classifier"
REPEATS = 3


def bench_takehome():
    """Grade the fixture take-home against executing its notebook plainly in the sandbox."""
    task = load_task(TASK)
    notebook = (TASK / "solution.ipynb").read_bytes()
    files = {task.path(rel).name: task.path(rel).read_bytes() for rel in task.data}
    plain = median_seconds(lambda: sandbox.run_notebook(notebook, files=files), REPEATS, warm=False)
    graded = median_seconds(lambda: grade_takehome(task, notebook), REPEATS, warm=False)
    line("plain notebook execution in the sandbox", plain * 1000, "ms")
    line("grading the same take-home (all steps)", graded * 1000, "ms")
    line("ratio grading / plain execution", graded / plain)


def main():
    """Measure and print the take-home figures."""
    print(f"take-home benchmark (median of {REPEATS})")
    bench_takehome()


if __name__ == "__main__":
    main()
