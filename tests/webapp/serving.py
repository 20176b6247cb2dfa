"""Start ``vetkit serve`` (gunicorn and a real worker) on a temporary instance, and stop it cleanly.

Used by the serve test and by the browser tests (tests/e2e): every file of the
instance (database, queue, secret key, versions) lives under the folder given.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

from tests.webapp.conftest import app_config

START_SECONDS = 120
"""How long a server may take to migrate, sync the bank and answer."""
STOP_SECONDS = 60
"""How long a server may take to stop after Ctrl-C."""


def free_port():
    """A free TCP port on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_env(root, **extra):
    """The environment of `vetkit serve` with every file under ``root``."""
    config = app_config(root)
    names = ("INSTANCE_PATH", "DATABASE_URL", "HUEY_PATH", "SECRET_KEY")
    return {**os.environ, **{f"VETKIT_{n}": str(config[n]) for n in names}, **extra}


def wait_for(url, proc, timeout=START_SECONDS):
    """Wait until ``url`` answers 200 (or ``proc`` ends)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the server stopped while starting"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} never answered")


def children(pid):
    """The pids of the direct children of ``pid``."""
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in found.split()]


def descendants(pid):
    """The pids of every process below ``pid``."""
    found = []
    for child in children(pid):
        found += [child, *descendants(child)]
    return found


def gone(pid):
    """True when process ``pid`` has ended (or is a zombie waiting for its parent)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


@contextmanager
def serving(root, *, log, **env):
    """Run `vetkit serve` on a free port with its instance under ``root`` and its output in the file ``log``.

    Yields ``(url, proc)``; on leaving, the server gets Ctrl-C and must stop with status 0.
    """
    port = free_port()
    argv = [sys.executable, "-m", "vetkit", "serve", "--port", str(port), "--web-workers", "1"]
    proc = subprocess.Popen(argv, env=serve_env(root, **env), stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(f"{url}/login", proc)
        yield url, proc
    finally:
        _stop(proc)
    assert proc.returncode == 0, f"vetkit serve ended with status {proc.returncode}"


def _stop(proc):
    """Ctrl-C, as a person stops it; killed (with its children) only if it does not stop in time."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        for pid in descendants(proc.pid):
            os.kill(pid, signal.SIGKILL)
        proc.kill()
        proc.wait()
