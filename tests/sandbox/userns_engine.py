"""A private Docker engine with user-namespace remapping, to run the sandbox suite against.

The shared engine is never restarted; this starts a second ``dockerd`` with vetkit's own flags
(``sandbox.engine.DOCKERD_ARGS``: no bridge, no iptables, ``--userns-remap=default``) and its own
data root, exec root, pidfile and socket under FOLDER (default ``/tmp/vetkit-userns``)::

    python -m tests.sandbox.userns_engine start [FOLDER]   # prints the DOCKER_HOST to export
    DOCKER_HOST=unix:///tmp/vetkit-userns/docker.sock .venv/bin/vetkit setup
    DOCKER_HOST=unix:///tmp/vetkit-userns/docker.sock .venv/bin/python -m pytest tests/sandbox
    python -m tests.sandbox.userns_engine stop [FOLDER]

Root only (dockerd needs it).  ``stop`` ends the engine by the pid in its pidfile and nothing else.
"""

import os
import signal
import sys
import time

import docker
import docker.errors

from sandbox import engine

DEFAULT_FOLDER = "/tmp/vetkit-userns"
STOP_TIMEOUT_SECONDS = 60


def _socket(folder):
    return f"unix://{folder}/docker.sock"


def _answers(folder):
    """A client of the private engine if it answers, else None."""
    try:
        client = docker.DockerClient(base_url=_socket(folder), timeout=10)
    except docker.errors.DockerException:
        return None
    try:
        client.ping()
        return client
    except (docker.errors.DockerException, OSError):
        client.close()
        return None


def start(folder=DEFAULT_FOLDER):
    """Start the private engine (if it does not answer yet); return its DOCKER_HOST."""
    client = _answers(folder)
    if client is None:
        os.makedirs(folder, exist_ok=True)
        engine.start_dockerd(print, log_path=os.path.join(folder, "dockerd.log"), connect=lambda: _answers(folder),
                             extra_args=["--data-root", f"{folder}/data", "--exec-root", f"{folder}/exec",
                                         "--pidfile", f"{folder}/docker.pid", "-H", _socket(folder)])
        client = _answers(folder)
    try:
        if not engine.remaps_users(client):
            raise SystemExit(f"the engine at {_socket(folder)} does not remap users: stop it and start again")
    finally:
        client.close()
    return _socket(folder)


def stop(folder=DEFAULT_FOLDER):
    """Stop the private engine by the pid in its pidfile; wait until it has ended."""
    pidfile = os.path.join(folder, "docker.pid")
    if not os.path.exists(pidfile):
        return
    with open(pidfile) as handle:
        pid = int(handle.read().strip())
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
    while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
        time.sleep(0.2)


if __name__ == "__main__":
    command, *rest = sys.argv[1:] or ["start"]
    if command == "start":
        print(f"export DOCKER_HOST={start(*rest)}")
    else:
        stop(*rest)
