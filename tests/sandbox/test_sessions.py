"""Session containers: reuse for one key, never across keys, wiped between programs, bounded, nothing left.

The first tests use fake containers and a fake clock (no engine); the last ones real containers.
"""

import threading
import time

import pytest

import sandbox
from sandbox import sessions as sessions_module
from sandbox.errors import ContainerProtocolError
from sandbox.pool import default_options
from sandbox.sessions import Sessions, Settings

IMAGE = "vetkit-runner:fake"
OPTIONS = default_options()


class FakeContainer:
    """Stands for a started sandbox container; counts the resets it was asked for."""

    def __init__(self):
        self.resets, self.closed, self.dead, self.memory = 0, False, False, None

    def request(self, header, blobs=(), *, timeout, max_blob_bytes):
        if self.dead:
            raise ContainerProtocolError("the sandbox closed its output")
        assert header == {"op": "reset"}
        self.resets += 1
        return {"event": "reset"}, []

    def set_memory(self, memory_mb):
        self.memory = memory_mb

    def close(self):
        self.closed = True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def made():
    return []


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def make(made, clock):
    """``make(**settings)``: a ``Sessions`` over fake containers (``made`` lists them)."""
    created = []

    def opener(image, options, prepare):
        container = FakeContainer()
        prepare(container)
        made.append(container)
        return container

    def build(**settings):
        created.append(Sessions(Settings(**settings), open_container=opener, clock=clock))
        return created[-1]
    yield build
    for one in created:
        one.close()


def use(sessions, key, options=OPTIONS):
    """Lease a container for ``key``, run nothing, give it back; the container."""
    lease = sessions.acquire(key, IMAGE, options, lambda container: None)
    sessions.release(lease)
    return lease.container


def test_one_key_reuses_its_container_with_a_reset_before_each_new_program(make, made):
    sessions = make()
    first, second, third = use(sessions, "user:1"), use(sessions, "user:1"), use(sessions, "user:1")
    assert first is second is third and len(made) == 1
    assert first.resets == 2 and not first.closed
    assert (sessions.started, sessions.reused) == (1, 2)


def test_a_container_is_never_handed_to_another_key(make, made):
    sessions = make()
    mine, theirs = use(sessions, "user:1"), use(sessions, "user:2")
    assert mine is not theirs and mine.resets == theirs.resets == 0
    assert use(sessions, "user:2") is theirs and use(sessions, "user:1") is mine


def test_other_options_get_another_container(make, made):
    sessions = make()
    python = use(sessions, "user:1")
    other = use(sessions, "user:1", default_options() | {"pids_limit": 7})
    assert other is not python and len(made) == 2


def test_an_idle_container_expires(make, made, clock):
    sessions = make(idle_seconds=60)
    first = use(sessions, "user:1")
    clock.now += 59
    assert sessions.sweep() == 0 and use(sessions, "user:1") is first
    clock.now += 61
    assert sessions.sweep() == 1 and first.closed
    assert use(sessions, "user:1") is not first


def test_a_container_serves_at_most_max_runs_programs_and_lives_at_most_max_age(make, made, clock):
    sessions = make(max_runs=3, max_age_seconds=600)
    containers = [use(sessions, "user:1") for _ in range(4)]
    assert containers[0] is containers[1] is containers[2] and containers[0].closed
    assert containers[3] is not containers[0]
    clock.now += 601
    assert use(sessions, "user:1") is not containers[3] and containers[3].closed


def test_two_tabs_at_once_get_a_second_container_then_queue(make, made, monkeypatch):
    monkeypatch.setattr(sessions_module, "PER_KEY", 2)
    sessions = make()
    one = sessions.acquire("user:1", IMAGE, OPTIONS, lambda c: None)
    two = sessions.acquire("user:1", IMAGE, OPTIONS, lambda c: None)
    assert one.container is not two.container
    got = []
    waiter = threading.Thread(target=lambda: got.append(sessions.acquire("user:1", IMAGE, OPTIONS, lambda c: None)))
    waiter.start()
    time.sleep(0.2)
    assert not got  # a third at once waits for one of the two
    sessions.release(one)
    waiter.join(timeout=30)
    assert got and got[0].container is one.container and len(made) == 2
    sessions.release(two)
    sessions.release(got[0])


def test_a_dead_container_falls_back_to_a_fresh_one(make, made):
    sessions = make()
    first = use(sessions, "user:1")
    first.dead = True
    second = use(sessions, "user:1")
    assert second is not first and first.closed and len(made) == 2


def test_a_broken_run_removes_the_container(make, made):
    sessions = make()
    lease = sessions.acquire("user:1", IMAGE, OPTIONS, lambda c: None)
    sessions.release(lease, broken=True)
    assert lease.container.closed and use(sessions, "user:1") is not lease.container


def test_at_most_max_containers_are_kept(make, made):
    sessions = make(max_containers=2)
    first, second, third = (use(sessions, f"user:{n}") for n in range(3))
    assert first.closed and not second.closed and not third.closed


def test_close_removes_every_container_and_busy_ones_when_released(make, made):
    sessions = make()
    idle = use(sessions, "user:1")
    busy = sessions.acquire("user:2", IMAGE, OPTIONS, lambda c: None)
    sessions.close()
    assert idle.closed and not busy.container.closed
    sessions.release(busy)
    assert busy.container.closed and sessions.leases == []


def test_sessions_are_off_in_the_library_by_default(monkeypatch):
    monkeypatch.delenv(sessions_module.ENV, raising=False)
    sessions_module.configure(False)
    assert sessions_module.current() is None
    sessions_module.configure(True, Settings(idle_seconds=5))
    try:
        assert sessions_module.current().settings.idle_seconds == 5
    finally:
        sessions_module.configure(False)


@pytest.fixture
def real_sessions(runner_image):
    sessions_module.configure(True)
    yield sessions_module.current()
    sessions_module.configure(False)
    sessions_module.shutdown()


FIRST = b"""
import ctypes, os, subprocess
open('left.txt', 'w').write('secret')
open('/tmp/left.txt', 'w').write('secret')
open('/dev/shm/left', 'w').write('secret')
libc = ctypes.CDLL(None, use_errno=True)
print(libc.shmget(0x5eed, 4096, 0o1666))
subprocess.Popen(['sleep', '300'], start_new_session=True)
print('planted')
"""

SECOND = b"""
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
found = [os.path.exists(p) for p in ('left.txt', '/tmp/left.txt', '/dev/shm/left')]
found.append(libc.shmget(0x5eed, 0, 0o666) != -1)
found.append(any(open(f'/proc/{p}/cmdline', 'rb').read().startswith(b'sleep')
                 for p in os.listdir('/proc') if p.isdigit() and os.path.exists(f'/proc/{p}/cmdline')))
found.append(sorted(os.listdir('/box/src')))
print(found)
"""


@pytest.mark.docker
def test_a_run_finds_nothing_the_previous_run_of_the_key_left(real_sessions):
    first = sandbox.run_program({"first.py": FIRST}, language="python", session="user:1")
    assert first.verdict == sandbox.Verdict.OK and first.runs[0].stdout.endswith(b"planted\n"), first
    second = sandbox.run_program({"second.py": SECOND}, language="python", session="user:1")
    assert second.verdict == sandbox.Verdict.OK, second
    assert second.runs[0].stdout == b"[False, False, False, False, False, ['second.py']]\n"
    assert (real_sessions.started, real_sessions.reused) == (1, 1)


@pytest.mark.docker
def test_keys_get_their_own_containers_and_nothing_is_left_at_shutdown(real_sessions):
    name = b"import os\nprint(os.uname().nodename, os.getpid())\n"
    for key in ("user:1", "user:2", "user:1"):
        assert sandbox.run_program({"a.py": name}, language="python", session=key).verdict == sandbox.Verdict.OK
    assert real_sessions.started == 2 and real_sessions.reused == 1
    assert len(sandbox.live_containers()) == 2
    sessions_module.shutdown()
    assert sandbox.live_containers() == []


@pytest.mark.docker
def test_a_session_container_killed_behind_its_back_is_replaced(real_sessions):
    assert sandbox.run_program({"a.py": b"print(1)\n"}, language="python", session="user:1").verdict.value == "OK"
    real_sessions.leases[0].container.container.kill()
    batch = sandbox.run_program({"a.py": b"print(42)\n"}, language="python", session="user:1")
    assert batch.verdict == sandbox.Verdict.OK and batch.runs[0].stdout == b"42\n"
    assert real_sessions.started == 2
