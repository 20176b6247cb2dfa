"""A private Docker engine with user-namespace remapping, to run the sandbox suite against.

The shared engine is never restarted; this starts a second ``dockerd`` with vetkit's own flags
(``sandbox.engine.DOCKERD_ARGS``: no bridge, no iptables, ``--userns-remap=default``) and its own
data root, exec root, pidfile and socket under FOLDER (default ``/tmp/vetkit-userns``)::

    python -m tests.sandbox.userns_engine start [FOLDER]   # prints the DOCKER_HOST to export
    DOCKER_HOST=unix:///tmp/vetkit-userns/docker.sock .venv/bin/vetkit setup
    DOCKER_HOST=unix:///tmp/vetkit-userns/docker.sock .venv/bin/python -m pytest tests/sandbox
    python -m tests.sandbox.userns_engine stop [FOLDER]              # add --keep-data to keep its images

Root only (dockerd needs it).  FOLDER must be under the temporary folder, so nothing is left elsewhere.
``stop`` ends the engine by the pid in its pidfile, and the containerd it started by that one's pidfile,
nothing else (SIGKILL only if they have not ended within a minute); then, once nothing is mounted under
FOLDER any more, it removes FOLDER (the engine's images and containers) unless told to keep it.
"""

import os
import shutil
import signal
import sys
import tempfile
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


def _checked(folder):
    """``folder`` made absolute; SystemExit unless it lies under the temporary folder."""
    folder, tmp = os.path.realpath(folder), os.path.realpath(tempfile.gettempdir())
    if not folder.startswith(tmp + os.sep):
        raise SystemExit(f"{folder} is not under {tempfile.gettempdir()}: the private engine keeps everything there")
    return folder


def start(folder=DEFAULT_FOLDER):
    """Start the private engine (if it does not answer yet); return its DOCKER_HOST."""
    folder = _checked(folder)
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


def _pid(path):
    """The pid written in ``path``, or None."""
    try:
        with open(path) as handle:
            return int(handle.read().strip())
    except (OSError, ValueError):
        return None


def _alive(pid):
    return os.path.exists(f"/proc/{pid}") and "zombie" not in _state(pid)


def _state(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            return next((line for line in handle if line.startswith("State:")), "")
    except OSError:
        return ""


def _wait_for_end(pids, seconds):
    deadline = time.monotonic() + seconds
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    return [pid for pid in pids if _alive(pid)]


def _mounts_under(folder):
    with open("/proc/mounts") as handle:
        return [line.split()[1] for line in handle if line.split()[1].startswith(folder + os.sep)]


def stop(folder=DEFAULT_FOLDER, keep_data=False):
    """Stop the private engine (and its containerd) by their pidfiles; remove FOLDER unless ``keep_data``."""
    folder = _checked(folder)
    dockerd = _pid(os.path.join(folder, "docker.pid"))
    containerd = _pid(os.path.join(folder, "exec", "containerd", "containerd.pid"))
    pids = [pid for pid in (dockerd, containerd) if pid is not None]
    if dockerd is not None and _alive(dockerd):
        os.kill(dockerd, signal.SIGTERM)  # dockerd stops its containers and then its containerd
    for pid in _wait_for_end(pids, STOP_TIMEOUT_SECONDS):
        os.kill(pid, signal.SIGKILL)
    if _wait_for_end(pids, STOP_TIMEOUT_SECONDS):
        raise SystemExit(f"the private engine ({pids}) did not end: {folder} is kept")
    mounted = _mounts_under(folder)
    if mounted:
        raise SystemExit(f"still mounted under {folder}, so it is kept: {', '.join(mounted[:5])}")
    if not keep_data and os.path.isdir(folder):
        shutil.rmtree(folder)


if __name__ == "__main__":
    command, *rest = sys.argv[1:] or ["start"]
    keep = "--keep-data" in rest
    rest = [word for word in rest if word != "--keep-data"]
    if command == "start":
        print(f"export DOCKER_HOST={start(*rest)}")
    elif command == "stop":
        stop(*rest, keep_data=keep)
    else:
        raise SystemExit("usage: python -m tests.sandbox.userns_engine start|stop [FOLDER] [--keep-data]")
