"""The hostile suite: each case asserts its verdict, a bounded call, and nothing left behind.

The autouse fixture in tests/conftest.py checks after every test that no sandbox
container of this process survives.
"""

import json
import time

import pytest

import sandbox
from sandbox import Verdict
from tests.sandbox.helpers import load, run_fixture

pytestmark = pytest.mark.docker
BOUND_SECONDS = 60  # a hang would exceed this by far; it is a bound, not a benchmark


def one(relative, stdin=b"", **limits):
    batch, seconds = run_fixture(relative, [stdin], **limits)
    assert seconds < BOUND_SECONDS
    assert batch.compile.verdict == Verdict.OK, batch.compile.output
    return batch.runs[0]


@pytest.mark.parametrize("program", ["hostile/busy_loop.c", "hostile/busy_threads.cpp"])
def test_cpu_burners_are_tle_counting_all_threads(runner_image, program):
    run = one(program, cpu_time=1.0, wall_time=10.0)
    assert run.verdict == Verdict.TLE
    assert "wall time" not in run.detail  # ended by the CPU limit (RLIMIT_CPU or the cgroup's counter), not the wall


@pytest.mark.parametrize("program", ["hostile/sleep.py", "hostile/sigstop.py"])
def test_sleeping_or_stopped_programs_are_tle_at_the_idle_limit(runner_image, program):
    run = one(program, cpu_time=1.0)
    assert run.verdict == Verdict.TLE and "idle" in run.detail
    assert sandbox.Limits(cpu_time=1.0).effective_idle_time <= run.wall_time < 10.0


def test_correct_answer_then_sleep_is_tle(runner_image):
    run = one("hostile/answer_then_sleep.py", cpu_time=1.0)
    assert (run.verdict, run.stdout) == (Verdict.TLE, b"42\n")


def test_fork_bomb_is_contained_and_the_container_stays_usable(runner_image):
    with sandbox.Sandbox(load("hostile/fork_bomb.c"), language="c",
                         limits=sandbox.Limits(cpu_time=1.0)) as box:
        started = time.monotonic()
        assert box.run().verdict in (Verdict.TLE, Verdict.RTE)
        assert box.run().verdict in (Verdict.TLE, Verdict.RTE)  # the first run's processes are gone
        assert time.monotonic() - started < BOUND_SECONDS


def test_thread_bomb_hits_the_pids_limit(runner_image):
    run = one("hostile/thread_bomb.py", cpu_time=2.0)
    assert run.verdict in (Verdict.RTE, Verdict.TLE)  # TLE: its sleeping threads keep it alive
    assert b"can't start new thread" in run.stderr


@pytest.mark.parametrize("program", ["hostile/memory_bomb.py", "hostile/memory_bomb.cpp",
                                     "hostile/MemoryBomb.java"])
def test_memory_bombs_are_mle(runner_image, program):
    run = one(program, memory_mb=128, cpu_time=5.0)
    assert run.verdict == Verdict.MLE


@pytest.mark.parametrize("program", ["hostile/deep_recursion.py", "hostile/deep_recursion.c"])
def test_runaway_recursion_ends_as_rte_or_mle(runner_image, program):
    run = one(program, memory_mb=64, cpu_time=5.0)
    assert run.verdict in (Verdict.RTE, Verdict.MLE)


def test_memory_spread_over_processes_is_mle_from_the_container_peak(runner_image):
    run = one("hostile/memory_spread.py", memory_mb=128, cpu_time=5.0)
    assert (run.exit_code, run.stdout) == (0, b"held 136 MiB in two processes\n")  # nothing was killed
    assert run.verdict == Verdict.MLE
    assert run.memory_kb > 128 * 1024


def test_syntax_errors_whose_messages_overflow_a_pipe_are_ce(runner_image):
    broken = b"x = '" + b"a" * 600 + b"' y\n"  # each message quotes its long line: 400 fill a pipe 4 times
    files = {"main.py": b"print(1)\n", **{f"broken{i}.py": broken for i in range(400)}}
    started = time.monotonic()
    batch = sandbox.run_program(files, language="python")
    assert time.monotonic() - started < BOUND_SECONDS
    assert batch.verdict == Verdict.CE, batch.compile.output
    assert "SyntaxError" in batch.compile.output


def test_endless_stdout_is_ole_at_the_cap(runner_image):
    run = one("hostile/endless_stdout.py", stdout_bytes=1 << 20)
    assert run.verdict == Verdict.OLE
    assert len(run.stdout) == 1 << 20


def test_stderr_flood_is_truncated_silently(runner_image):
    run = one("hostile/stderr_flood.py")
    assert (run.verdict, run.stdout) == (Verdict.OK, b"done\n")
    assert 0 < len(run.stderr) <= sandbox.Limits().stderr_bytes


def test_disk_fill_stops_at_the_file_size_limit(runner_image):
    run = one("hostile/disk_fill.py", file_size_bytes=4 << 20)
    assert run.verdict == Verdict.RTE
    assert b"stopped after 4 MiB" in run.stdout


def test_compile_bomb_is_ce(runner_image):
    limits = sandbox.CompileLimits(cpu_time=3.0, wall_time=6.0, memory_mb=512)
    batch, seconds = run_fixture("hostile/compile_bomb.c", compile_limits=limits)
    assert batch.verdict == Verdict.CE
    assert "exceeded its" in batch.compile.output
    assert seconds < BOUND_SECONDS


def test_there_is_no_network_but_loopback(runner_image):
    run = one("hostile/interfaces.py")
    assert run.verdict == Verdict.OK
    assert run.stdout.decode().splitlines() == ["interfaces: ['lo']", "routes: 0", "ifaddrs: ['lo']"]


def test_system_folders_and_sources_cannot_be_written(runner_image):
    run = one("hostile/system_write.py")
    assert run.verdict == Verdict.OK
    assert b"WROTE" not in run.stdout
    assert run.stdout.count(b"refused") == 6


def test_environment_holds_nothing_of_the_host(runner_image, monkeypatch):
    monkeypatch.setenv("VETKIT_TEST_SECRET", "hunter2")
    run = one("hostile/print_env.py")
    keys = {line.split("=", 1)[0] for line in run.stdout.decode().splitlines()}
    assert keys <= {"PATH", "LANG", "LC_ALL", "HOME", "TMPDIR"}
    assert b"hunter2" not in run.stdout


def test_supervisor_cannot_be_killed_traced_or_read(runner_image):
    with sandbox.Sandbox(load("hostile/attack_supervisor.py"), language="python") as box:
        first = box.run()
        assert first.verdict == Verdict.OK
        assert first.stdout.splitlines() == [b"attack finished"]
        assert box.run().verdict == Verdict.OK  # the supervisor is still there to run it again


def test_no_trace_of_a_run_survives_into_the_next(runner_image):
    with sandbox.Sandbox(load("hostile/stateful.py"), language="python") as box:
        assert box.run(b"leave").stdout == b"left\n"
        assert box.run(b"daemon").stdout == b"parent done\n"
        time.sleep(3)  # the daemon would have written its file by now, had it survived
        look = box.run(b"look").stdout.decode().splitlines()
    assert look == ["/tmp/left-behind absent", "/dev/shm/left-behind absent", "left-behind absent",
                    "/tmp/daemon-was-here absent", "other processes of mine: 0"]


def test_a_program_runs_as_the_run_user_without_privilege_under_its_rlimits(runner_image):
    facts = json.loads(one("hostile/jail_facts.py", cpu_time=1.5, open_files=32, file_size_bytes=1 << 20).stdout)
    assert facts["uid"] == [10001] * 3 and facts["gid"] == [10001] * 3 and facts["groups"] == []
    assert facts["capabilities"] == {"CapInh": 0, "CapPrm": 0, "CapEff": 0, "CapAmb": 0}
    assert facts["nice"] == 19 and facts["oom_score_adj"] == "1000"
    assert facts["session_leader"] and facts["cwd"] == "/box/run" and facts["umask"] == 0o022
    assert facts["descriptors"] == [0, 1, 2, 3]  # stdin, stdout, stderr and the listing's own
    assert facts["cpu"] == [2, 3] and facts["nofile"] == [32, 32] and facts["core"] == [0, 0]
    assert facts["fsize"] == [1 << 20, 1 << 20]
    assert 33 not in facts["ignored_signals"]  # glibc's setuid signal at its default, as in a forked child
