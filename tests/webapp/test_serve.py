"""``vetkit serve`` (what ``make run`` starts): gunicorn and a worker, both stopped cleanly by Ctrl-C."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.webapp.conftest import app_config

START_SECONDS = 120


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


def _children(pid):
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in found.split()]


@pytest.mark.docker
def test_serve_prepares_serves_and_stops_on_ctrl_c(tmp_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "vetkit", "serve", "--port", str(port), "--web-workers", "1"],
                            env=serve_env(tmp_path, VETKIT_DEMO_ACCOUNTS="true"), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/login", proc)
        children = _children(proc.pid)
        assert len(children) == 2, "a web server and a worker"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
            assert "Show what you can build" in response.read().decode()
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0
    assert "candidate@demo.vetkit" in output and "serving http://127.0.0.1" in output and "gunicorn" in output
    for child in children:
        assert not os.path.exists(f"/proc/{child}") or open(f"/proc/{child}/stat").read().split()[2] == "Z"
