"""Session containers: a started container leased to one key (a candidate) that serves its runs in turn.

A single-use container costs a container start per run, and the engine starts only a few per second
here.  A session container is started once and serves one key's programs one after the other:

* **One key only.**  A container is created for a key and never handed to another key, nor back to the
  warm pool; the key is whatever the caller passes (the webapp passes the candidate's user id).
* **Wiped between programs.**  Before each new program the supervisor's ``reset`` kills every untrusted
  process and removes what every uid left (files in the work folders, ``/tmp``, ``/dev/shm``,
  ``/dev/mqueue``, System V IPC) and the previous sources and build, as between two tests of one
  submission; a failed reset is an error, and the container is dropped (docs/sandbox.md lists what a
  candidate could still carry from one run to the next).
* **One run at a time.**  A leased container serves one ``Sandbox`` at a time; a second concurrent
  request of the same key (two tabs) gets a second container, up to ``PER_KEY`` per key, beyond which
  it waits for one to be free.
* **Bounded.**  A container is removed after ``idle_seconds`` unused, after ``max_runs`` programs or
  ``max_age_seconds``, when a run on it failed on our side (SE: a dead or confused container), and at
  shutdown; at most ``max_containers`` are kept idle (the least recently used goes first).
* **Fallback.**  A container that fails its reset or the sources (it died, the engine restarted) is
  removed and a fresh one started (from the warm pool when one fits).

Off by default in the library (every ``Sandbox`` single-use); turned on with ``configure(...)`` (the
webapp's ``SANDBOX_SESSIONS``) or ``VETKIT_SANDBOX_SESSIONS=1``.  Each process has its own sessions.
"""

import atexit
import os
import threading
import time
from dataclasses import dataclass, field

from . import pool
from .containers import wait_for_removals
from .errors import SandboxError

ENV = "VETKIT_SANDBOX_SESSIONS"
PER_KEY = 2
"""Containers one key may hold at once (two tabs running at the same moment)."""
RESET_TIMEOUT_SECONDS = 10
SWEEP_SECONDS = 5
"""How often idle containers are looked at for expiry."""


@dataclass
class Settings:
    """How long and how much a session container serves."""

    idle_seconds: float = 120.0
    max_runs: int = 200
    max_age_seconds: float = 1800.0
    max_containers: int = 32


@dataclass
class Lease:
    """One session container, leased to ``key``."""

    key: str
    kind: tuple
    container: object
    memory_mb: int
    created: float = field(default_factory=time.monotonic)
    last_used: float = field(default_factory=time.monotonic)
    programs: int = 0
    busy: bool = False
    broken: bool = False
    owner: object = None


class Sessions:
    """The session containers of one process, by key; see the module docstring."""

    def __init__(self, settings=Settings(), *, open_container=pool.open_container, clock=time.monotonic):
        self.settings = settings
        self.open_container = open_container
        self.clock = clock
        self.leases = []
        self.cond = threading.Condition()
        self.closed = False
        self.started = self.reused = 0
        self.sweeper = None

    def acquire(self, key, image, options, prepare):
        """A ``Lease`` of ``key``'s with ``prepare(container)`` done on a wiped container; release it after."""
        kind = pool._key(image, options)
        lease = self._reserve(key, kind)
        if lease is not None:
            try:
                self._reuse(lease, options, prepare)
                self.reused += 1
                return lease
            except SandboxError:
                self._drop(lease)  # dead or not wiped: a fresh one below
        container = self.open_container(image, options, prepare)
        lease = Lease(key, kind, container, pool._memory_mb(options), busy=True, programs=1, owner=self)
        with self.cond:
            self.leases.append(lease)
            self.started += 1
        self._start_sweeper()
        return lease

    def _reserve(self, key, kind):
        """An idle lease of ``key`` of this kind, marked busy; None when a new container should start."""
        with self.cond:
            while True:
                if self.closed:
                    return None
                for lease in [lease for lease in self.leases if lease.key == key]:
                    if not lease.busy and self._expired(lease):
                        self.leases.remove(lease)
                        lease.container.close()  # removed in the background: quick
                mine = [lease for lease in self.leases if lease.key == key]
                for lease in sorted(mine, key=lambda lease: -lease.last_used):
                    if not lease.busy and lease.kind == kind:
                        lease.busy = True
                        return lease
                if len(mine) < PER_KEY:
                    return None
                idle_other_kind = [lease for lease in mine if not lease.busy]
                if idle_other_kind:
                    self.leases.remove(idle_other_kind[0])
                    idle_other_kind[0].container.close()
                    return None
                self.cond.wait()

    def _reuse(self, lease, options, prepare):
        container = lease.container
        container.request({"op": "reset"}, timeout=RESET_TIMEOUT_SECONDS, max_blob_bytes=0)
        wanted = pool._memory_mb(options)
        if wanted != lease.memory_mb:
            container.set_memory(wanted)
            lease.memory_mb = wanted
        prepare(container)
        lease.programs += 1

    def release(self, lease, *, memory_mb=None, broken=False):
        """Give ``lease`` back: kept for the key's next program, or removed when spent or broken."""
        with self.cond:
            lease.busy, lease.last_used = False, self.clock()
            lease.memory_mb = memory_mb or lease.memory_mb
            lease.broken = lease.broken or broken
            drop = self.closed or lease.broken or self._expired(lease)
            if drop and lease in self.leases:
                self.leases.remove(lease)
            spare = self._over_capacity()
            self.cond.notify_all()
        if drop:
            lease.container.close()
        for extra in spare:
            extra.container.close()

    def _drop(self, lease):
        with self.cond:
            if lease in self.leases:
                self.leases.remove(lease)
            self.cond.notify_all()
        lease.container.close()

    def _expired(self, lease):
        now, s = self.clock(), self.settings
        return (lease.programs >= s.max_runs or now - lease.created >= s.max_age_seconds
                or now - lease.last_used >= s.idle_seconds)

    def _over_capacity(self):
        """Idle leases beyond ``max_containers`` (least recently used first), taken out of the list."""
        idle = sorted((lease for lease in self.leases if not lease.busy), key=lambda lease: lease.last_used)
        extra = idle[: max(0, len(self.leases) - self.settings.max_containers)]
        for lease in extra:
            self.leases.remove(lease)
        return extra

    def sweep(self):
        """Remove idle containers that have expired; returns how many."""
        with self.cond:
            old = [lease for lease in self.leases if not lease.busy and self._expired(lease)]
            for lease in old:
                self.leases.remove(lease)
        for lease in old:
            lease.container.close()
        return len(old)

    def _start_sweeper(self):
        with self.cond:
            if self.sweeper is not None or self.closed:
                return
            self.sweeper = threading.Thread(target=self._sweep_forever, name="vetkit-sandbox-sessions", daemon=True)
        self.sweeper.start()

    def _sweep_forever(self):
        while True:
            with self.cond:
                self.cond.wait(timeout=SWEEP_SECONDS)
                if self.closed:
                    return
            self.sweep()

    def close(self):
        """Remove every container (busy ones when they are released)."""
        with self.cond:
            self.closed = True
            idle = [lease for lease in self.leases if not lease.busy]
            self.leases = [lease for lease in self.leases if lease.busy]
            self.cond.notify_all()
        for lease in idle:
            lease.container.close()


_sessions = None
_pid = None
_settings = None
_lock = threading.Lock()


def configure(enabled, settings=None):
    """Turn this process's session containers on or off (with ``settings``); existing ones are removed."""
    global _settings
    with _lock:
        _settings = (settings or Settings()) if enabled else False
        _close_locked()


def _configured():
    if _settings is not None:
        return _settings
    return Settings() if os.environ.get(ENV, "0").strip().lower() in ("1", "true", "yes", "on") else False


def current():
    """This process's sessions, or None when they are off."""
    global _sessions, _pid
    with _lock:
        if _sessions is not None and _pid == os.getpid():
            return _sessions
        settings = _configured()
        if not settings:
            return None
        _sessions, _pid = Sessions(settings), os.getpid()  # a forked child never uses its parent's
        return _sessions


def shutdown():
    """Remove this process's session containers (at exit, and when a worker stops)."""
    with _lock:
        _close_locked()
    wait_for_removals()


def _close_locked():
    global _sessions, _pid
    if _sessions is not None and _pid == os.getpid():
        _sessions.close()
    _sessions, _pid = None, None


atexit.register(shutdown)
