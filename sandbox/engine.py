"""Find the Docker engine, or start one (installing it first as root on Debian).

Every command that needs the engine calls ``client()``, which either returns a
connected Docker SDK client or raises ``EngineUnavailable`` with one sentence
that says how to get an engine.  ``ensure_engine()`` is the set-up step: it
starts ``dockerd --bridge=none --iptables=false --ip6tables=false
--userns-remap=default`` where ``dockerd`` is installed, and installs Debian's
``docker.io`` first when it is not and we are root on Debian.  No bridge network
is ever created, and root in a container is an unprivileged user of the host.
An engine that already runs is never restarted: when it does not remap users,
set-up says so in one sentence.
"""

import functools
import os
import shutil
import socket
import subprocess
import time

import docker
import docker.errors

from .errors import EngineUnavailable

DOCKERD_ARGS = ["--bridge=none", "--iptables=false", "--ip6tables=false", "--userns-remap=default"]
DOCKERD_LOG = "/var/log/vetkit-dockerd.log"
START_TIMEOUT_SECONDS = 60
API_TIMEOUT_SECONDS = 120
PING_TIMEOUT_SECONDS = 3
"""How long a quick look at the engine (``engine_answers``) waits."""


def _where():
    return os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"


def _reachable():
    """False when the engine's unix socket does not accept a connection (checked with a socket we close).

    docker-py leaks its socket when a connection is refused; looking first keeps "no engine" leak-free.
    """
    where = _where()
    if not where.startswith("unix://"):
        return True
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(PING_TIMEOUT_SECONDS)
        try:
            probe.connect(where[len("unix://"):])
        except OSError:
            return False
    return True


def _connect():
    if not _reachable():
        return None
    try:
        engine = docker.from_env(timeout=API_TIMEOUT_SECONDS)
        engine.ping()
        return engine
    except (docker.errors.DockerException, OSError):
        return None


@functools.lru_cache(maxsize=1)
def client():
    """A Docker SDK client connected to an engine that answers (cached per process)."""
    engine = _connect()
    if engine is None:
        raise EngineUnavailable(
            f"No Docker engine answers at {_where()}: run `make setup` (it starts one, "
            "installing docker.io as root on Debian) or set DOCKER_HOST to an engine that runs.")
    return engine


def _say(progress, message):
    if progress:
        progress(message)


def _install_docker(progress):
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise EngineUnavailable(
            "Docker is not installed and this is not root on Debian: install Docker "
            "(https://docs.docker.com/engine/install/) or set DOCKER_HOST, then run `make setup` again.")
    _say(progress, "installing docker.io from Debian's packages")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for argv in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "docker.io"]):
        done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise EngineUnavailable(f"`{' '.join(argv)}` failed ({done.stderr.strip()[-300:]}): "
                                    "install docker.io by hand, then run `make setup` again.")


def remaps_users(engine=None):
    """True when the engine runs containers in a remapped user namespace (``--userns-remap``)."""
    info = (engine or client()).info()
    return any("name=userns" in option for option in info.get("SecurityOptions") or [])


def start_dockerd(progress=None, *, extra_args=(), log_path=None, connect=None):
    """Start ``dockerd`` with DOCKERD_ARGS (and ``extra_args``), detached, and wait until it answers.

    ``connect`` returns a client once the engine answers (default: the engine at DOCKER_HOST or the
    default socket); its output goes to ``log_path`` (default DOCKERD_LOG).  The engine outlives this
    process (``setsid -f``), which keeps no child behind.
    """
    connect = connect or _connect
    log_path = log_path or DOCKERD_LOG
    argv = [shutil.which("dockerd") or "dockerd", *DOCKERD_ARGS, *extra_args]
    _say(progress, f"starting {' '.join(argv)} (log: {log_path})")
    with open(log_path, "ab") as log:
        subprocess.run(["setsid", "-f", *argv], stdin=subprocess.DEVNULL, stdout=log, stderr=log, check=False)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if connect() is not None:
            return
        time.sleep(0.5)
    raise EngineUnavailable(f"dockerd did not answer within {START_TIMEOUT_SECONDS} s: "
                            f"read {log_path} for why, fix it, then run `make setup` again.")


def ensure_engine(progress=None):
    """Make sure an engine answers, starting (and installing) one if needed; return a client."""
    if _connect() is not None:
        _say(progress, f"Docker engine answers at {_where()}")
        if not remaps_users():
            _say(progress, f"the engine at {_where()} does not remap user namespaces, so root in a sandbox is "
                           "root on the host: restart it with --userns-remap=default (docs/sandbox.md says how).")
        return client()
    if os.environ.get("DOCKER_HOST"):
        raise EngineUnavailable(f"DOCKER_HOST={os.environ['DOCKER_HOST']} does not answer: "
                                "start that engine or unset DOCKER_HOST, then run `make setup` again.")
    if not shutil.which("dockerd"):
        _install_docker(progress)
    start_dockerd(progress)
    client.cache_clear()
    return client()


def engine_answers() -> bool:
    """True when a Docker engine answers a ping within ``PING_TIMEOUT_SECONDS`` (never raises)."""
    if not _reachable():
        return False
    engine = None
    try:
        engine = docker.from_env(timeout=PING_TIMEOUT_SECONDS)
        return bool(engine.ping())
    except (docker.errors.DockerException, OSError):
        return False
    finally:
        if engine is not None:
            engine.close()
