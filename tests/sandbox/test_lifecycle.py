"""Concurrency, isolation, and removal of every container: on Ctrl-C, SIGTERM, after crashes and failed set-ups.

The engine may be shared with other programs and other test runs: containers may vanish between a
listing and the next call, and another reaper may remove an orphan first.  No test leaves a process
running (the ``spawn`` fixture kills and waits for what a test started).
"""

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import sandbox
from sandbox import Verdict, engine, reaper
from tests.conftest import FILES
from tests.sandbox.helpers import load

pytestmark = pytest.mark.docker
VETKIT = [sys.executable, "-m", "vetkit"]


@pytest.fixture
def spawn():
    """Start processes for a test; whatever it started is killed and waited for afterwards."""
    started = []

    def start(argv, **options):
        proc = subprocess.Popen(argv, **options)
        started.append(proc)
        return proc
    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=60)
    reaper.reap()  # the containers of a CLI killed here are orphans now


def containers_of(pid):
    """The engine's listing of the sandbox containers of process ``pid`` (no inspect: they may vanish)."""
    label = f"{reaper.OWNER_LABEL}={socket.gethostname()}:{pid}"
    return engine.client().api.containers(all=True, filters={"label": label})


def wait_for_container(proc, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = containers_of(proc.pid)
        if found and found[0]["State"] == "running":
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


def test_runs_from_several_processes_at_once(runner_image, tmp_path, spawn):
    procs = []
    for i in range(3):
        stdin = tmp_path / f"in{i}"
        stdin.write_text(f"process {i}\n")
        procs.append(spawn([*VETKIT, "run", str(FILES / "programs/echo.py"), "--lang", "python",
                            "--stdin", str(stdin), "--json"], stdout=subprocess.PIPE))
    outputs = [proc.communicate(timeout=120)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0]
    assert all(f'"stdout": "process {i}\\n"'.encode() in out for i, out in enumerate(outputs))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupting_the_cli_removes_its_container(runner_image, sig, spawn):
    proc = spawn([*VETKIT, "run", str(FILES / "hostile/sleep.py"), "--lang", "python", "--time-limit", "20"],
                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_container(proc)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert containers_of(proc.pid) == []


def test_containers_of_a_crashed_process_are_reaped(runner_image, spawn):
    proc = spawn([*VETKIT, "run", str(FILES / "hostile/sleep.py"), "--lang", "python", "--time-limit", "20"],
                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = wait_for_container(proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert all(reaper.is_orphan(item["Labels"], item["Created"], now=time.time(), max_age=reaper.max_age_seconds())
               for item in found)  # a crash leaves orphans behind ...
    reaper.reap()  # ... which the next start removes (unless another user of the engine was quicker)
    assert containers_of(proc.pid) == []


def test_a_failure_while_setting_up_leaves_no_container(runner_image):
    too_big = {"main.py": b"#" * (12 << 20) + b"\nprint(1)\n"}  # more than the 8 MiB work folder holds
    with pytest.raises(sandbox.SandboxError, match="No space left"):
        with sandbox.Sandbox(too_big, language="python", limits=sandbox.Limits(workdir_mb=8)):
            pass
    assert sandbox.live_containers() == []
    batch = sandbox.run_program(too_big, language="python", limits=sandbox.Limits(workdir_mb=8))
    assert batch.verdict == Verdict.SE


def test_an_engine_error_while_changing_the_memory_limit_is_se(runner_image):
    with sandbox.Sandbox(load("programs/echo.c"), language="c") as box:
        assert box.compile().verdict == Verdict.OK
        engine.client().api.remove_container(box.container.container.id, force=True)  # as another user might
        run = box.run(b"x")  # the first run lowers the limit from the compiler's
    assert run.verdict == Verdict.SE
    assert "memory limit" in run.detail


def test_sandboxes_never_swap(runner_image):
    def memory_and_swap(box):
        host = engine.client().api.inspect_container(box.container.container.id)["HostConfig"]
        return host["Memory"], host["MemorySwap"]
    with sandbox.Sandbox(load("programs/echo.c"), language="c") as box:
        assert memory_and_swap(box) == (box.current_memory_mb << 20, box.current_memory_mb << 20)
        assert box.run(b"x").verdict == Verdict.OK  # compiled, then the limit is lowered for the run
        assert memory_and_swap(box) == (box.run_memory_mb << 20, box.run_memory_mb << 20)
