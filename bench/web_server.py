"""The real server for the web benchmark, and a small keep-alive HTTP client on loopback.

``served(env)`` runs ``vetkit serve`` (gunicorn and a grading worker) on a free port of
127.0.0.1 with a temporary instance folder, creates a candidate (``vetkit user add``)
and an API token (``vetkit token create``), and stops everything at the end.
``Client`` keeps one connection open and the session cookie, as a browser does.
"""

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path

from tests.servers import stop_process

EMAIL = "bench@example.com"
PASSWORD = "bench password 1"
START_SECONDS = 180
STOP_SECONDS = 60
VETKIT = [sys.executable, "-m", "vetkit"]


class Client:
    """One browser-like client: a kept-alive connection to 127.0.0.1:``port`` and its cookies."""

    def __init__(self, port, headers=None):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookies, self.headers = {}, dict(headers or {})

    def request(self, method, path, body=None, content_type=None):
        """``(status, text)`` of one request; the cookies it sets are kept."""
        headers = {**self.headers}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if content_type:
            headers["Content-Type"] = content_type
        try:
            response = self._send(method, path, body, headers)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.connection.close()  # the server ended an idle kept-alive connection: open another, as browsers do
            response = self._send(method, path, body, headers)
        text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or ():
            self.cookies.update({name: morsel.value for name, morsel in SimpleCookie(header).items()})
        return response.status, text

    def _send(self, method, path, body, headers):
        self.connection.request(method, path, body=body, headers=headers)
        return self.connection.getresponse()

    def get(self, path):
        """GET ``path``; fails unless 200."""
        status, text = self.request("GET", path)
        assert status == 200, (path, status, text[:300])
        return text

    def post_json(self, path, data):
        """POST ``data`` as JSON; the decoded answer (fails on an error status)."""
        status, text = self.request("POST", path, json.dumps(data), "application/json")
        assert status in (200, 202), (path, status, text[:300])
        return json.loads(text)

    def sign_in(self):
        """Open the sign-in form and post it (with its CSRF token), as a person does."""
        form = self.get("/login")
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
        body = f"csrf_token={token}&email={EMAIL}&password={PASSWORD.replace(' ', '+')}"
        status, _ = self.request("POST", "/login", body, "application/x-www-form-urlencoded")
        assert status == 302, status

    def close(self):
        """Close the connection."""
        self.connection.close()


@dataclass
class Served:
    """A running server: its port, a candidate's API token and the environment of its commands."""

    port: int
    token: str
    env: dict = None

    def candidate_token(self, email):
        """Create the candidate ``email`` and return an API token of theirs."""
        _vetkit(self.env, "user", "add", email, stdin=PASSWORD + "\n")
        return _vetkit(self.env, "token", "create", email).strip().splitlines()[-1]


def free_port():
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _vetkit(env, *args, stdin=""):
    done = subprocess.run([*VETKIT, *args], input=stdin, capture_output=True, text=True, env=env, check=True)
    return done.stdout


def _wait_until_up(port, proc, log):
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"vetkit serve stopped:\n{log.read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("vetkit serve did not answer in time")


@contextmanager
def served(settings=None):
    """``vetkit serve`` on a free port with a temporary instance and the ``VETKIT_*`` ``settings``."""
    with tempfile.TemporaryDirectory(prefix="vetkit-bench-") as folder:
        env = {**os.environ, "VETKIT_INSTANCE_PATH": folder, "VETKIT_DEMO_ACCOUNTS": "false",
               **{f"VETKIT_{k}": str(v) for k, v in (settings or {}).items()}}
        port, log = free_port(), Path(folder) / "serve.log"
        with open(log, "w") as out:
            proc = subprocess.Popen([*VETKIT, "serve", "--port", str(port), "--web-workers", "2"], env=env,
                                    stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_until_up(port, proc, log)
            _vetkit(env, "user", "add", EMAIL, stdin=PASSWORD + "\n")
            token = _vetkit(env, "token", "create", EMAIL).strip().splitlines()[-1]
            yield Served(port, token, env)
        finally:
            stop_process(proc, signal.SIGINT, STOP_SECONDS)
