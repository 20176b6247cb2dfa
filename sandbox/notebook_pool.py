"""Warm notebook containers: started ahead, the kernel running and the notebook stack imported.

A notebook's time in the sandbox is mostly start-up: the container, the executor (nbclient), the kernel
(IPython) and the imports of numpy, pandas and scikit-learn take about 3 s before its first line of its
own runs.  A warm notebook container has all of that done ahead (the ``warm_notebook`` operation, see
``vetkit_runner.nbwarm``), so a notebook starts at once.  It reuses ``pool.WarmPool`` (filled in the
background, never waits, drops dead containers) with the same rules as the program pool:

* **Single use.**  A warm container serves one notebook of one candidate and is removed afterwards; its
  kernel is the one the notebook runs on, and the supervisor kills every process of the run user after it.
* **Same kernel as a cold one.**  The kernel was started for the same ``NotebookLimits`` (one pool per
  limits: its rlimits, memory and CPU share are the notebook's); the stack is imported by a silent
  execution that binds no name, stores no history and leaves the execution count at 0.  A notebook asking
  for other limits, or whose warm kernel died while waiting, gets a kernel started then (the supervisor
  checks both).  Nothing of a task is in a warm container before its notebook is handed out: the files
  (the candidate's data, probe inputs) are placed afterwards, hidden labels never.
* **Fallback.**  No warm container waiting, or the first request to one fails: a fresh container runs the
  notebook cold, as without a pool.

The size per kind of limits comes from ``configure(size)`` or ``VETKIT_NOTEBOOK_POOL_SIZE`` (0, the
default, turns it off).  Each pooled container holds a started kernel with the stack (~300 MB).
"""

import atexit
import contextlib
import functools
import os
import threading
import time

from . import image
from .containers import Container, wait_for_removals
from .errors import SandboxError
from .pool import WarmPool

SIZE_ENV = "VETKIT_NOTEBOOK_POOL_SIZE"
MAX_KINDS = 4
"""At most this many pools (kinds of limits) per process; the least recently used one is closed."""
WARM_SECONDS = 120
"""How long the warm-up (kernel start and imports) may take before the container is given up."""
TRANSFER_SECONDS = 60
IMPORTS_MIN_MB = 512
"""Below this memory limit the warm-up starts the kernel but imports nothing (the stack takes ~200 MB)."""


def warm_request(limits):
    """The ``warm_notebook`` request for a kernel under ``limits`` (``NotebookLimits``)."""
    from .notebook import kernel_limits
    return {"op": "warm_notebook", "limits": kernel_limits(limits), "timeout": WARM_SECONDS,
            "imports": limits.memory_mb >= IMPORTS_MIN_MB}


class WarmNotebookContainer(Container):
    """A sandbox container whose start includes the notebook warm-up."""

    def __init__(self, image_name, *, limits, **options):
        super().__init__(image_name, **options)
        self.limits = limits

    def __enter__(self):
        super().__enter__()
        try:
            header, _ = self.request(warm_request(self.limits), timeout=WARM_SECONDS + 10, max_blob_bytes=0)
            if header["status"] != "warm":
                raise SandboxError(f"the notebook warm-up failed: {header.get('stderr', '')[-300:]}")
        except BaseException:
            self.close()
            raise
        return self


class NotebookPool(WarmPool):
    """A ``WarmPool`` that starts no warm container while one it handed out still runs its notebook.

    A warm-up costs a few seconds of CPU (the kernel, the imports): refilled at once, it would compete with
    the notebook just handed out on a machine of few cores.  ``done`` (when the notebook's container
    closes) lets it refill.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.busy = 0

    def take(self, image, options):
        """A warm container, or None at once (see ``WarmPool.take``); call ``done`` when it is closed."""
        with self.lock:
            self.busy += 1
        container = super().take(image, options)
        if container is None:
            self.done()
        return container

    def done(self):
        """The notebook of a container handed out has ended: refill."""
        with self.lock:
            self.busy -= 1
        self.wake.set()

    def _missing(self):
        with self.lock:
            return 0 if self.busy or _holds else self.size - len(self.ready)


_pools = {}
_pools_pid = None
_size = None
_lock = threading.Lock()
_holds = 0
"""Callers inside ``refills_held``: while any, no pool starts a warm container."""


@contextlib.contextmanager
def refills_held():
    """Start no warm notebook container during the block; the pools refill when the last hold ends.

    For the work that follows a notebook (grading: the metric, the probes), which a warm-up started at
    once would otherwise slow down on a machine of few cores, as ``NotebookPool`` does for the notebook.
    """
    global _holds
    with _lock:
        _holds += 1
    try:
        yield
    finally:
        with _lock:
            _holds -= 1
            pools = list(_pools.values()) if _holds == 0 else []
        for pool in pools:
            pool.wake.set()


def configure(size):
    """Set this process's warm notebook containers per kind of limits (0 turns them off)."""
    global _size
    with _lock:
        _size = max(0, int(size))
    shutdown()


def _configured_size():
    if _size is not None:
        return _size
    try:
        return max(0, int(os.environ.get(SIZE_ENV, "0")))
    except ValueError:
        return 0


def current(limits):
    """This process's pool for ``limits``, started on first use; None when the size is 0."""
    global _pools, _pools_pid
    with _lock:
        if _pools_pid != os.getpid():
            _pools, _pools_pid = {}, os.getpid()  # a forked child never uses its parent's
        if limits in _pools:
            _pools[limits] = _pools.pop(limits)  # most recently used last
            return _pools[limits]
        size = _configured_size()
        if not size:
            return None
        from .notebook import notebook_options
        while len(_pools) >= MAX_KINDS:
            _pools.pop(next(iter(_pools))).close()
        factory = functools.partial(WarmNotebookContainer, limits=limits)
        _pools[limits] = NotebookPool(size, options=notebook_options(limits), factory=factory).start()
        return _pools[limits]


def open_container(limits, options, files):
    """A started container with ``files`` placed in its run folder: a warm one when one waits, else fresh.

    The caller closes it.
    """
    pool = current(limits)
    box = pool.take(image.runner_image(), options) if pool is not None else None
    if box is not None:
        _release_on_close(box, pool)
        try:
            _place(box, files)
            return box
        except SandboxError:
            box.close()  # died in the pool: start a fresh one
    box = Container(image.runner_image(), **options)
    box.__enter__()
    try:
        _place(box, files)
    except BaseException:
        box.close()
        raise
    return box


def _release_on_close(box, pool):
    """Make ``box.close`` tell the pool (once) that its notebook has ended."""
    close, released = box.close, []

    def close_and_release():
        close()
        if not released:
            released.append(True)
            pool.done()
    box.close = close_and_release


def _place(box, files):
    if files:
        names = sorted(files)
        box.request({"op": "files", "dir": "run", "names": names}, [files[n] for n in names],
                    timeout=TRANSFER_SECONDS, max_blob_bytes=0)


def wait_ready(limits, timeout):
    """Wait until the pool for ``limits`` is full (benchmarks, tests); True when it is."""
    pool = current(limits)
    deadline = time.monotonic() + timeout
    while pool is not None and time.monotonic() < deadline:
        with pool.lock:
            if len(pool.ready) >= pool.size:
                return True
        time.sleep(0.05)
    return False


def shutdown():
    """Close this process's warm notebook pools and remove their containers."""
    global _pools
    with _lock:
        pools, mine = _pools, _pools_pid == os.getpid()
        _pools = {}
    if mine:
        for pool in pools.values():
            pool.close()
    wait_for_removals()


atexit.register(shutdown)
