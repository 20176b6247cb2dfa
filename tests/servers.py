"""Throwaway PostgreSQL and Redis servers for tests and benchmarks, reachable on this machine only.

``postgres_server()`` makes a cluster with ``initdb`` in a new temporary folder and runs
it listening on a unix socket in that folder only (``listen_addresses=''``);
``redis_server()`` runs ``redis-server`` on a unix socket in its own temporary folder.
Both are stopped, and their folders removed, when the ``with`` block ends.  Debian's
``postgresql`` and ``redis-server`` packages provide the programs (``make setup``
installs them).  PostgreSQL refuses to run as root: as root, its programs run as the
``postgres`` user the Debian package creates.
"""

import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

START_TIMEOUT = 60
STOP_TIMEOUT = 30
PG_USER = "vetkit"
"""The superuser name of the throwaway cluster (trust authentication on its private socket)."""
PG_SETTINGS = {"listen_addresses": "", "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
               "max_connections": "100", "timezone": "Pacific/Auckland"}
"""Fast and throwaway (no durability for a cluster that lives one session), in a time zone far from UTC
so that a timestamp read back in the server's zone shows."""


class ServerMissing(RuntimeError):
    """The program of a server is not installed."""


def postgres_program(name):
    """The path of a PostgreSQL program (``initdb``, ``postgres``), newest installed version first."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[-3]))
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise ServerMissing(f"{name} is missing: install PostgreSQL (`make setup` does; Debian: postgresql)")
    return path


def _as_server_user():
    """subprocess keyword arguments that run a PostgreSQL program as ``postgres`` when we are root."""
    return {"user": "postgres", "group": "postgres", "extra_groups": []} if os.geteuid() == 0 else {}


def _private_folder(prefix, owner_kwargs):
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if owner_kwargs:
        shutil.chown(folder, owner_kwargs["user"], owner_kwargs["group"])
    return folder


def stop_process(proc, sig=signal.SIGTERM, timeout=STOP_TIMEOUT):
    """Send ``sig`` to ``proc`` if it still runs, wait for it, and kill it after ``timeout`` seconds."""
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_until(ready, proc, log):
    deadline = time.monotonic() + START_TIMEOUT
    while not ready():
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_process(proc, signal.SIGKILL)
            text = Path(log).read_text(errors="replace") if Path(log).exists() else ""
            raise RuntimeError(f"the server did not start:\n{text[-2000:]}")
        time.sleep(0.05)


class Postgres:
    """A running throwaway cluster: ``url(database)`` and ``execute(sql)`` on its ``postgres`` database."""

    def __init__(self, folder):
        self.folder = folder
        self.template = None
        """The name of a database that tests copy (set by whoever makes it)."""

    def url(self, database="postgres"):
        """The SQLAlchemy URL of ``database`` (psycopg 3, over the private unix socket)."""
        return f"postgresql+psycopg://{PG_USER}@/{database}?host={self.folder}"

    def execute(self, *statements):
        """Run statements outside a transaction (CREATE/DROP DATABASE) on the ``postgres`` database."""
        import psycopg
        with psycopg.connect(host=str(self.folder), user=PG_USER, dbname="postgres", autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)


@contextmanager
def postgres_server():
    """A throwaway PostgreSQL cluster (``Postgres``), stopped and removed at the end."""
    owner = _as_server_user()
    folder = _private_folder("vetkit-pg-", owner)
    data, log = folder / "data", folder / "server.log"
    try:
        subprocess.run([postgres_program("initdb"), "-D", str(data), "-U", PG_USER, "--auth=trust",
                        "--encoding=UTF8", "--locale=C.UTF-8"], check=True, capture_output=True, **owner)
        argv = [postgres_program("postgres"), "-D", str(data), "-k", str(folder)]
        for name, value in PG_SETTINGS.items():
            argv += ["-c", f"{name}={value}"]
        with open(log, "wb") as out:
            proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, **owner)
        server = Postgres(folder)
        try:
            _wait_until(lambda: _pg_answers(server), proc, log)
            yield server
        finally:
            stop_process(proc, signal.SIGINT)  # PostgreSQL's fast shutdown
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _pg_answers(server):
    import psycopg
    try:
        server.execute("SELECT 1")
    except psycopg.OperationalError:
        return False
    return True


@contextmanager
def redis_server():
    """A throwaway redis-server on a unix socket; yields its URL (``unix:///.../redis.sock``)."""
    program = shutil.which("redis-server")
    if not program:
        raise ServerMissing("redis-server is missing: install it (`make setup` does; Debian: redis-server)")
    folder = Path(tempfile.mkdtemp(prefix="vetkit-redis-"))
    socket, log = folder / "redis.sock", folder / "server.log"
    argv = [program, "--port", "0", "--unixsocket", str(socket), "--unixsocketperm", "700", "--save", "",
            "--appendonly", "no", "--dir", str(folder), "--logfile", str(log)]
    try:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_until(lambda: _redis_answers(socket), proc, log)
            yield f"unix://{socket}"
        finally:
            stop_process(proc, signal.SIGTERM)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _redis_answers(socket):
    import redis
    if not socket.exists():
        return False
    client = redis.Redis(unix_socket_path=str(socket))
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False
    finally:
        client.close()
