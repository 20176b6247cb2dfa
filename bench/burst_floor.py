"""The floor under the burst: the burst's own test programs, run alone in one plain container.

The burst of ``speed_bench`` grades 30 submissions of a 14-test problem, 420 program runs.  What those
programs cost is set by the problem (its inputs, the reference solution, Python's own start), not by vetkit.
``floor_seconds`` runs exactly those programs (the accepted Python solution with the problem's driver, each
test's input on stdin, the sandbox's own ``python3 -B -s`` command) with nothing else: no supervisor, no jail,
no container per candidate, no web server, worker or database; as many at a time as the machine has cores,
in one container of the runner image started once.  The burst's seconds over these are what vetkit adds.
"""

import os
import subprocess
import tempfile
import time
from pathlib import Path

from grader.coding.judge import submission_files
from grader.coding.kattis import load_problem
from question_bank.paths import DEFAULT_BANK_ROOT
from sandbox import languages

RUNNER = r"""
import os, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
repeats, cores, argv = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
inputs = sorted(os.path.join("/floor/in", name) for name in os.listdir("/floor/in"))

def one(path):
    with open(path, "rb") as stdin:
        done = subprocess.run(argv, stdin=stdin, stdout=subprocess.PIPE, cwd="/tmp")
    assert done.returncode == 0, (path, done.returncode)

started = time.perf_counter()
with ThreadPoolExecutor(cores) as pool:
    list(pool.map(one, inputs * repeats))
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


def floor_seconds(tag, problem_name, submissions, cores=None):
    """Wall seconds of ``submissions`` x every test of ``problem_name``, ``cores`` at a time, in one container."""
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
                   "-v", f"{build}:{build_dir}:ro", tag, "python3", "/floor/runner.py",
                   str(submissions), str(cores), *argv]
        started = time.perf_counter()
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        inside = float(out.strip().splitlines()[-1])
    return inside, time.perf_counter() - started, len(problem.tests)
