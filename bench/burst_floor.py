"""The floor under the burst: the burst's own test programs, run alone in one plain container.

The burst of ``speed_bench`` grades 30 submissions of a 14-test problem, 420 program runs.  What those
programs cost is set by the problem (its inputs, the reference solution, Python's own start), not by vetkit.
``floor_seconds`` runs exactly those programs (the accepted Python solution with the problem's driver, each
test's input on stdin, the sandbox's own ``python3 -B -s`` command) with nothing else: no supervisor, no jail,
no container per candidate, no web server, worker or database; as many at a time as the machine has cores,
in one container of the runner image started once.  The burst's seconds over these are what vetkit adds.

``python -m bench.burst_floor`` asks whether a fork server could lower that floor.  It times, in turn, the
programs as the sandbox starts them (a new ``python3`` per test), the same programs forked from a Python
already started (each test then runs the solution with ``runpy``, as a fork server would), and the same
number of bare ``python3 -c pass`` starts (Python's start-up alone).
"""

import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench.report import line
from grader.coding.judge import submission_files
from grader.coding.kattis import load_problem
from question_bank.paths import DEFAULT_BANK_ROOT
from sandbox import languages, runner_image

MODES = ("exec", "fork", "start")

RUNNER = r"""
import os, sys, time
mode, repeats, cores, argv = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
inputs = sorted(os.path.join("/floor/in", name) for name in os.listdir("/floor/in")) * repeats

def child(path, slot):
    os.dup2(os.open(path, os.O_RDONLY), 0)
    os.dup2(os.open(f"/tmp/out{slot}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.chdir("/tmp")
    if mode == "exec":
        os.execv(argv[0], argv)
    if mode == "start":
        os.execv(argv[0], argv[:-1] + ["-c", "pass"])  # the sandbox's interpreter and flags
    import runpy
    sys.stdin, sys.stdout = open(0, "r", closefd=False), open(1, "w", closefd=False)
    sys.argv, sys.path[0] = [argv[-1]], os.path.dirname(argv[-1])
    runpy.run_path(argv[-1], run_name="__main__")
    sys.stdout.flush()

def start(path, slot):
    if os.fork() == 0:
        try:
            child(path, slot)
            os._exit(0)
        except SystemExit as stop:
            sys.stdout.flush()
            os._exit(stop.code or 0)
        except BaseException:
            os._exit(1)

import gc
gc.freeze()  # as fork servers do: the collector does not copy the parent's pages
started, running = time.perf_counter(), 0
for index, path in enumerate(inputs):
    if running == cores:
        assert os.wait()[1] == 0
        running -= 1
    start(path, index % (2 * cores))
    running += 1
while running:
    assert os.wait()[1] == 0
    running -= 1
print(time.perf_counter() - started)
"""


def _program(problem_name):
    """The files and the run command of the problem's accepted Python solution, as the sandbox runs it."""
    folder = DEFAULT_BANK_ROOT / "coding" / problem_name
    problem = load_problem(folder)
    source = next((folder / "submissions" / "accepted").glob("*.py"))
    files = submission_files(problem, {source.name: source.read_bytes()}, "python")
    program = languages.prepare("python", files, memory_mb=256)
    return problem, files, program.run_argv


def floor_seconds(tag, problem_name, submissions, cores=None, mode="exec"):
    """Wall seconds of ``submissions`` x every test of ``problem_name``, ``cores`` at a time, in one container,
    and the number of tests.  ``mode``: ``exec`` a new ``python3`` per test, as the sandbox does; ``fork``
    forked from a started Python, as a fork server would; ``start`` only ``python3 -c pass`` per test."""
    problem, files, argv = _program(problem_name)
    cores = cores or os.cpu_count()
    with tempfile.TemporaryDirectory(prefix="vetkit-floor-") as folder:
        root = Path(folder)
        root.chmod(0o755)  # the engine's remapped root reads it
        build = root / "build"
        for name, data in files.items():
            (build / name).parent.mkdir(parents=True, exist_ok=True)
            (build / name).write_bytes(data)
        (root / "in").mkdir()
        for index, case in enumerate(problem.tests):
            (root / "in" / f"{index:03d}.in").write_bytes(case.input_path.read_bytes())
        (root / "runner.py").write_text(RUNNER)
        build_dir = argv[-1].rsplit("/", 1)[0]
        command = ["docker", "run", "--rm", "--network", "none", "-v", f"{root}:/floor:ro",
                   "-v", f"{build}:{build_dir}:ro", tag, "python3", "-B", "-s", "/floor/runner.py",
                   mode, str(submissions), str(cores), *argv]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1]), len(problem.tests)


def main(rounds=3):
    """Time the three modes in turn on the burst of ``speed_bench``, ``rounds`` times; print medians and ratios."""
    from bench.speed_bench import BURST, BURST_PROBLEM  # speed_bench imports this module
    tag = runner_image()
    seconds = {mode: [] for mode in MODES}
    for _ in range(rounds):
        for mode in MODES:
            value, tests = floor_seconds(tag, BURST_PROBLEM, BURST, mode=mode)
            seconds[mode].append(value)
    exec_, fork, start = (statistics.median(seconds[mode]) for mode in MODES)
    print(f"floor of the burst: {BURST * tests} runs of {BURST_PROBLEM}'s accepted Python solution, "
          f"{os.cpu_count()} at a time (median of {rounds}, in turn)")
    line("a new python3 per test (the sandbox)", exec_, "s")
    line("forked from a started Python (a fork server)", fork, "s")
    line("python3 -c pass alone (start-up's share)", start, "s")
    line("ratio fork server / new python3", fork / exec_)
    line("ratio start-up alone / new python3", start / exec_)

if __name__ == "__main__":
    main()
