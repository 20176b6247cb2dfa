"""Concurrency, isolation, and removal of every container: on Ctrl-C, SIGTERM and after crashes."""

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import sandbox
from sandbox import Verdict, engine
from tests.conftest import FILES
from tests.sandbox.helpers import load

pytestmark = pytest.mark.docker
VETKIT = [sys.executable, "-m", "vetkit"]


def containers_of(pid):
    label = f"vetkit.owner={socket.gethostname()}:{pid}"
    return engine.client().containers.list(all=True, filters={"label": label})


def wait_for_container(proc, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = containers_of(proc.pid)
        if found and found[0].status == "running":
            time.sleep(0.5)  # let the program start inside
            return found
        time.sleep(0.1)
    raise AssertionError("the CLI never started a container")


def test_many_runs_at_once_from_threads_stay_isolated(runner_image):
    programs = {"python": load("programs/echo.py"), "c": load("programs/echo.c")}

    def job(i):
        language = "python" if i % 2 else "c"
        stdin = f"run {i}\n".encode() * (i + 1)
        return stdin, sandbox.run_program(programs[language], language=language, inputs=[stdin]).runs[0]
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(job, range(12)))
    assert all(run.verdict == Verdict.OK and run.stdout == stdin for stdin, run in results)


def test_runs_from_several_processes_at_once(runner_image, tmp_path):
    procs = []
    for i in range(3):
        stdin = tmp_path / f"in{i}"
        stdin.write_text(f"process {i}\n")
        procs.append(subprocess.Popen([*VETKIT, "run", str(FILES / "programs/echo.py"), "--lang", "python",
                                       "--stdin", str(stdin), "--json"], stdout=subprocess.PIPE))
    outputs = [proc.communicate(timeout=120)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0]
    assert all(f'"stdout": "process {i}\\n"'.encode() in out for i, out in enumerate(outputs))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupting_the_cli_removes_its_container(runner_image, sig):
    proc = subprocess.Popen([*VETKIT, "run", str(FILES / "hostile/sleep.py"), "--lang", "python",
                             "--time-limit", "20"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_container(proc)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert containers_of(proc.pid) == []


def test_containers_of_a_crashed_process_are_reaped(runner_image):
    proc = subprocess.Popen([*VETKIT, "run", str(FILES / "hostile/sleep.py"), "--lang", "python",
                             "--time-limit", "20"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_container(proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert containers_of(proc.pid) != []  # a crash leaves its container behind ...
    assert sandbox.reap_orphans() >= 1  # ... until the next start reaps it
    assert containers_of(proc.pid) == []
