"""The warm pool: single use, refill, size limit, dead containers, the engine down, nothing left at shutdown.

The first tests use a fake container (no engine); the last ones real containers of the runner image.
"""

import threading
import time

import pytest

import sandbox
from sandbox import pool as pool_module
from sandbox.pool import WarmPool, default_options

IMAGE = "vetkit-runner:fake"
WAIT_SECONDS = 60


class FakeContainer:
    """Stands for a started sandbox container."""

    made = []
    fail = threading.Event()

    def __init__(self, image, **options):
        self.image, self.options, self.alive, self.closed, self.memory = image, options, True, False, None
        self.sock = None

    def __enter__(self):
        if FakeContainer.fail.is_set():
            raise sandbox.SandboxError("the engine could not start a sandbox container")
        FakeContainer.made.append(self)
        return self

    def set_memory(self, memory_mb):
        self.memory = memory_mb

    def close(self):
        self.closed = True


@pytest.fixture
def fake_pool():
    FakeContainer.made.clear()
    FakeContainer.fail.clear()
    pools = []

    def make(size):
        pools.append(WarmPool(size, image=IMAGE, options=default_options(), factory=FakeContainer).start())
        return pools[-1]
    yield make
    for made in pools:
        made.close()


def until(condition):
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, "the pool did not get there in time"
        time.sleep(0.01)


def test_a_container_is_handed_out_once_and_the_pool_refills(fake_pool):
    pool = fake_pool(2)
    until(lambda: len(pool.ready) == 2)
    first = pool.take(IMAGE, default_options())
    second = pool.take(IMAGE, default_options())
    assert first is not second and {first, second} <= set(FakeContainer.made)
    until(lambda: len(pool.ready) == 2)
    assert first not in pool.ready and second not in pool.ready  # never handed out again
    assert len(FakeContainer.made) == 4


def test_the_pool_never_grows_beyond_its_size(fake_pool):
    pool = fake_pool(3)
    until(lambda: len(pool.ready) == 3)
    pool.wake.set()
    time.sleep(0.2)
    assert len(pool.ready) == 3 and len(FakeContainer.made) == 3
    assert WarmPool(10_000, image=IMAGE, factory=FakeContainer).size == pool_module.MAX_SIZE


def test_an_empty_pool_answers_at_once_and_other_options_are_not_served(fake_pool):
    pool = fake_pool(0)
    assert pool.take(IMAGE, default_options()) is None  # size 0: off
    pool = fake_pool(1)
    until(lambda: len(pool.ready) == 1)
    assert pool.take("another-image:1", default_options()) is None
    assert pool.take(IMAGE, {**default_options(), "pids_limit": 7}) is None
    bigger = pool.take(IMAGE, default_options(memory_mb=1088))
    assert bigger is not None and bigger.memory == 1088  # memory is changed on take


def test_a_dead_pooled_container_is_dropped_and_replaced(fake_pool):
    pool = fake_pool(1)
    until(lambda: len(pool.ready) == 1)
    dead = pool.ready[0]
    dead.alive = False
    taken = pool.take(IMAGE, default_options())
    assert taken is None and dead.closed  # never handed out
    until(lambda: len(pool.ready) == 1 and pool.ready[0].alive)


def test_the_filler_waits_while_the_engine_is_down_and_fills_when_it_is_back(fake_pool, monkeypatch):
    monkeypatch.setattr(pool_module, "RETRY_SECONDS", (0.05,))
    FakeContainer.fail.set()
    pool = fake_pool(2)
    until(lambda: pool.failures >= 2)
    assert pool.ready == [] and pool.take(IMAGE, default_options()) is None
    FakeContainer.fail.clear()
    until(lambda: len(pool.ready) == 2)


def test_the_pool_refills_only_when_no_sandbox_is_open_or_after_its_longest_wait(fake_pool):
    activity = pool_module.Activity()
    pool = WarmPool(2, image=IMAGE, options=default_options(), factory=FakeContainer, activity=activity,
                    defer_seconds=600).start()
    try:
        until(lambda: len(pool.ready) == 2)  # nothing open: filled at once
        activity.begin()  # a sandbox is open (a burst's programs run)
        assert pool.take(IMAGE, default_options()) is not None
        time.sleep(0.3)
        assert len(pool.ready) == 1 and len(FakeContainer.made) == 2  # the refill waits
        activity.end()
        until(lambda: len(pool.ready) == 2)
        assert len(FakeContainer.made) == 3
        pool.defer_seconds = 0.2
        activity.begin()  # busy without a break: refilled after the longest wait all the same
        assert pool.take(IMAGE, default_options()) is not None
        until(lambda: len(pool.ready) == 2)
        assert activity.open == 1 and len(FakeContainer.made) == 4
        activity.end()
    finally:
        pool.close()


@pytest.mark.docker
def test_a_sandbox_counts_as_open_from_its_start_to_its_end(runner_image):
    before = pool_module.ACTIVITY.open
    with sandbox.Sandbox({"main.py": b"print(1)\n"}, language="python") as box:
        assert pool_module.ACTIVITY.open == before + 1
        assert box.run(b"").stdout == b"1\n"
    assert pool_module.ACTIVITY.open == before


def test_close_stops_a_filler_waiting_for_a_quiet_moment(fake_pool):
    activity = pool_module.Activity()
    activity.begin()
    pool = WarmPool(2, image=IMAGE, options=default_options(), factory=FakeContainer, activity=activity,
                    defer_seconds=600).start()
    time.sleep(0.2)
    assert pool.ready == []
    started = time.monotonic()
    pool.close()
    assert not pool.thread.is_alive() and time.monotonic() - started < WAIT_SECONDS


def test_close_removes_every_pooled_container_and_stops_the_filler(fake_pool):
    pool = fake_pool(3)
    until(lambda: len(pool.ready) == 3)
    pool.close()
    assert all(c.closed for c in FakeContainer.made) and pool.ready == []
    assert not pool.thread.is_alive()
    assert pool.take(IMAGE, default_options()) is None


@pytest.fixture
def real_pool(runner_image, monkeypatch):
    monkeypatch.setenv(pool_module.SIZE_ENV, "2")
    pool_module.configure(2)
    yield pool_module.current()
    pool_module.configure(0)
    pool_module.shutdown()


@pytest.mark.docker
def test_runs_take_pooled_containers_and_leave_nothing_at_shutdown(real_pool):
    until(lambda: len(real_pool.ready) == 2)
    pooled = {c.name for c in real_pool.ready}
    first = sandbox.run_program({"main.py": b"import os\nprint(os.uname().nodename)\n"}, language="python")
    assert first.verdict == sandbox.Verdict.OK and real_pool.hits == 1
    until(lambda: len(real_pool.ready) == 2)
    assert len({c.name for c in real_pool.ready} - pooled) == 1  # the one taken was replaced by a new one
    pool_module.shutdown()
    assert sandbox.live_containers() == []


@pytest.mark.docker
def test_a_pooled_container_killed_behind_its_back_is_never_used(real_pool):
    until(lambda: len(real_pool.ready) == 2)
    for container in list(real_pool.ready):
        container.container.kill()
    batch = sandbox.run_program({"main.py": b"print(42)\n"}, language="python")
    assert batch.verdict == sandbox.Verdict.OK and batch.runs[0].stdout == b"42\n"


def test_notebook_pools_refill_after_their_notebook_and_after_every_hold():
    from sandbox import notebook_pool
    from sandbox.notebook_pool import NotebookPool
    FakeContainer.made.clear()
    FakeContainer.fail.clear()
    pool = NotebookPool(1, image=IMAGE, options=default_options(), factory=FakeContainer).start()
    notebook_pool._pools["fake"] = pool
    try:
        until(lambda: len(pool.ready) == 1)
        with notebook_pool.refills_held():
            taken = pool.take(IMAGE, default_options())
            assert taken is not None
            time.sleep(0.2)
            assert pool.ready == [] and len(FakeContainer.made) == 1, "no refill while its notebook runs"
            pool.done()
            time.sleep(0.2)
            assert pool.ready == [] and len(FakeContainer.made) == 1, "nor while a grading holds refills"
        until(lambda: len(pool.ready) == 1)
        assert len(FakeContainer.made) == 2
    finally:
        notebook_pool._pools.pop("fake", None)
        pool.close()
