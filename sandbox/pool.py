"""A warm pool of sandbox containers: created and started ahead of need, refilled in the background.

Starting a hardened container costs a few hundred milliseconds here (create, start, the supervisor's
``ready``), most of a trivial run.  The pool keeps ``size`` containers started, with the default options of
a run (``container_options`` of the default ``Limits``), so that a ``Sandbox`` only sends its sources.

* **Single use.**  ``take`` hands a container out of the pool and never back: it serves one submission (one
  ``Sandbox``: its compilation and its runs) and is removed when that closes, like a fresh one.  No
  container ever serves two candidates, nor two submissions of one candidate (docs/sandbox.md says why).
* **Never waits.**  ``take`` returns None at once when nothing fits or the pool is empty (the first request
  after start-up, a burst): the caller starts a container of its own, as without a pool.  Each ``take``
  wakes the filler, which starts one container at a time until the pool is full again.
* **Refilled in quiet moments.**  The filler starts a container only while no ``Sandbox`` of this process is
  open (``ACTIVITY``), or once it has waited ``REFILL_DEFER_SECONDS`` for such a moment: the pool is there to
  absorb a burst of new candidates, and refilling it during the burst would take the cores from the
  burst's own programs.  A process busy without a break still refills, one container per wait.
* **Dead containers are dropped.**  A pooled container whose supervisor has closed its end (the engine
  restarted, the container was killed or removed) is seen on ``take`` (its socket is readable) and
  discarded; ``open_container`` also falls back to a fresh container when the first request to a pooled
  one fails.  The filler backs off while the engine does not answer.
* **Nothing left behind.**  ``close`` (registered with ``atexit``) stops the filler and removes every
  pooled container; pooled containers carry the usual owner labels, so a crashed process's are reaped.

Each process has its own pool (a forked child starts its own: the parent's sockets are not its own).  The
size comes from ``configure(size)`` (the webapp's ``SANDBOX_POOL_SIZE``) or ``VETKIT_SANDBOX_POOL_SIZE``;
0, the library's default, turns the pool off.
"""

import atexit
import os
import select
import threading
import time

from . import image as image_module
from .containers import Container, container_options, wait_for_removals
from .errors import SandboxError
from .limits import Limits

POOL_LABEL = "vetkit.pool"
SIZE_ENV = "VETKIT_SANDBOX_POOL_SIZE"
MAX_SIZE = 32
RETRY_SECONDS = (0.5, 1, 2, 5, 10)
"""The filler's waits after consecutive failures to start a container (the engine is down...)."""
MEMORY_KEYS = ("mem_limit", "memswap_limit")
REFILL_DEFER_SECONDS = 30.0
"""The longest the filler waits for a moment when no sandbox of this process is open before it starts one."""


class Activity:
    """How many sandboxes of a process are open: ``begin()`` when one opens, ``end()`` when it closes."""

    def __init__(self):
        self.open = 0
        self.cond = threading.Condition()

    def begin(self):
        """One more sandbox is open."""
        with self.cond:
            self.open += 1

    def end(self):
        """One sandbox closed."""
        with self.cond:
            self.open -= 1
            self.cond.notify_all()

    def wait_quiet(self, seconds, stop=lambda: False):
        """Wait until no sandbox is open, ``stop()`` is true or ``seconds`` have passed."""
        deadline = time.monotonic() + seconds
        with self.cond:
            while self.open and not stop():
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self.cond.wait(timeout=min(left, 0.5))

    def wake(self):
        """Wake the waiters (a pool closing)."""
        with self.cond:
            self.cond.notify_all()


ACTIVITY = Activity()


def default_options(limits=Limits(), memory_mb=None):
    """The container options the pool starts with: those of a Python run under ``limits``."""
    from .programs import SLACK_MB
    return container_options(memory_mb=memory_mb or limits.memory_mb + SLACK_MB, pids=limits.pids,
                             cpus=limits.cpus, workdir_mb=limits.workdir_mb,
                             file_size_bytes=limits.file_size_bytes, open_files=limits.open_files)


def _key(image, options):
    """What must match between a pooled container and a request (memory is changed on take)."""
    return image, repr(sorted((k, v) for k, v in options.items() if k not in MEMORY_KEYS + ("labels",)))


def _memory_mb(options):
    return int(str(options["mem_limit"]).rstrip("m"))


class WarmPool:
    """Up to ``size`` started containers of one kind; see the module docstring."""

    def __init__(self, size, *, image=None, options=None, factory=Container, activity=ACTIVITY,
                 defer_seconds=REFILL_DEFER_SECONDS):
        self.size = max(0, min(int(size), MAX_SIZE))
        self.activity, self.defer_seconds = activity, defer_seconds
        self.image = image
        self.options = dict(options or default_options())
        self.options["labels"] = {**self.options.get("labels", {}), POOL_LABEL: "1"}
        self.factory = factory
        self.ready = []
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.closed = False
        self.failures = 0
        self.thread = None
        self.taken = self.hits = 0

    def start(self):
        """Start the background filler (returns at once)."""
        if self.size and self.thread is None:
            self.thread = threading.Thread(target=self._fill_forever, name="vetkit-sandbox-pool", daemon=True)
            self.thread.start()
            self.wake.set()
        return self

    def take(self, image, options):
        """A started container for ``image`` with ``options`` (memory adjusted), or None at once."""
        self.taken += 1
        if self.closed or image != self._image() or _key(image, options) != _key(image, self.options):
            return None
        while True:
            with self.lock:
                container = self.ready.pop() if self.ready else None
            self.wake.set()
            if container is None:
                return None
            if _alive(container):
                break
            container.close()
        try:
            if _memory_mb(options) != _memory_mb(self.options):
                container.set_memory(_memory_mb(options))
        except Exception:  # noqa: BLE001 - the engine refused: the caller starts its own
            container.close()
            return None
        self.hits += 1
        return container

    def close(self):
        """Stop the filler and remove every pooled container."""
        self.closed = True
        self.wake.set()
        self.activity.wake()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(timeout=60)
        with self.lock:
            containers, self.ready = self.ready, []
        for container in containers:
            container.close()

    def _image(self):
        if self.image is None:
            self.image = image_module.runner_image()
        return self.image

    def _fill_forever(self):
        while not self.closed:
            self.wake.wait(timeout=5)
            self.wake.clear()
            while not self.closed and self._missing() > 0:
                self.activity.wait_quiet(self.defer_seconds, stop=lambda: self.closed)
                if not self.closed and not self._add_one():
                    wait = RETRY_SECONDS[min(self.failures, len(RETRY_SECONDS)) - 1]
                    self.wake.wait(timeout=wait)
                    self.wake.clear()
            self._drop_dead()

    def _missing(self):
        with self.lock:
            return self.size - len(self.ready)

    def _add_one(self):
        """Start one container and pool it; False when the engine failed."""
        try:
            container = self.factory(self._image(), **self.options)
            container.__enter__()
        except Exception:  # noqa: BLE001 - engine down, image missing...: back off and try again
            self.failures += 1
            return False
        self.failures = 0
        with self.lock:
            if not self.closed:
                self.ready.append(container)
                return True
        container.close()
        return True

    def _drop_dead(self):
        with self.lock:
            dead = [c for c in self.ready if not _alive(c)]
            self.ready = [c for c in self.ready if c not in dead]
        for container in dead:
            container.close()


def _alive(container):
    """False when the supervisor's end of the attach socket is closed (or it said something unasked)."""
    sock = getattr(container, "sock", None)
    if sock is None:
        return getattr(container, "alive", True)
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable


_pool = None
_pool_pid = None
_size = None
_lock = threading.Lock()


def configure(size):
    """Set this process's pool size (0 turns it off); an existing pool of another size is closed."""
    global _size
    with _lock:
        _size = max(0, int(size))
        if _pool is not None and _pool_pid == os.getpid() and _pool.size != _size:
            _close_locked()


def _configured_size():
    if _size is not None:
        return _size
    try:
        return max(0, int(os.environ.get(SIZE_ENV, "0")))
    except ValueError:
        return 0


def current():
    """This process's pool, started on first use; None when the size is 0."""
    global _pool, _pool_pid
    with _lock:
        if _pool is not None and _pool_pid == os.getpid():
            return _pool
        size = _configured_size()
        if not size:
            return None
        _pool, _pool_pid = WarmPool(size).start(), os.getpid()  # a forked child never uses its parent's
        return _pool


def open_container(image, options, prepare):
    """A started container with ``prepare(container)`` done on it: a pooled one when one fits and answers,
    else a fresh one.  The caller closes it."""
    pool = current()
    container = pool.take(image, options) if pool is not None else None
    if container is not None:
        try:
            prepare(container)
            return container
        except SandboxError:
            container.close()  # died in the pool: start a fresh one
    container = Container(image, **options)
    container.__enter__()
    try:
        prepare(container)
    except BaseException:
        container.close()
        raise
    return container


def shutdown():
    """Close this process's pool (at exit, and when a worker stops)."""
    with _lock:
        _close_locked()
    wait_for_removals()


def _close_locked():
    global _pool, _pool_pid
    if _pool is not None and _pool_pid == os.getpid():
        _pool.close()
    _pool, _pool_pid = None, None


atexit.register(shutdown)
