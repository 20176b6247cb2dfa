"""Hardened sandbox containers and the conversation with the supervisor inside.

A ``Container`` is created with no network, a read-only root filesystem, tmpfs
work folders, every capability dropped but CAP_SETUID/CAP_SETGID (which the
supervisor needs to drop untrusted code to another uid), ``no-new-privileges``,
the engine's default seccomp profile, cgroup limits on memory (swap equal to
it), CPU and pids, ulimits, an empty environment, logging off and an init
process.  Nothing is mounted from the host.  It is always removed, whatever
happens; containers orphaned by a crashed process are reaped at first use
(``reaper``).

Frames from the container are read with size caps and validated (``schemas``).
"""

import socket
import threading
import time
import uuid

import docker.errors
from docker.types import LogConfig, Ulimit

from . import engine, reaper, schemas
from .errors import ContainerProtocolError, SandboxError
from .reaper import LABEL, OWNER_LABEL  # noqa: F401 - the labels, still importable from here
from .images.runner import protocol

START_TIMEOUT_SECONDS = 30
STDERR_KEEP = 16 * 1024
REMOVE_ATTEMPTS = 3
_removals = set()
_removals_lock = threading.Lock()


def live_containers():
    """Ids of this process's sandbox containers that still exist, once pending removals are done."""
    wait_for_removals()
    found = engine.client().api.containers(all=True, filters={"label": f"{reaper.OWNER_LABEL}={reaper.owner()}"})
    return [item["Id"] for item in found]


def container_options(*, memory_mb, pids, cpus, workdir_mb, file_size_bytes, open_files):
    """The engine options of a hardened sandbox container (see the module docstring)."""
    memory = f"{memory_mb}m"
    return dict(
        network_mode="none", read_only=True, user="0:0", working_dir="/box",
        cap_drop=["ALL"], cap_add=["SETUID", "SETGID"], security_opt=["no-new-privileges:true"],
        mem_limit=memory, memswap_limit=memory, pids_limit=pids,
        nano_cpus=int(cpus * 1e9), shm_size=f"{workdir_mb}m", ipc_mode="private",
        tmpfs={"/box": f"rw,exec,nosuid,nodev,size={workdir_mb}m,mode=1777",
               "/tmp": f"rw,noexec,nosuid,nodev,size={workdir_mb}m,mode=1777"},
        ulimits=[Ulimit(name="nofile", soft=1024, hard=1024), Ulimit(name="core", soft=0, hard=0),
                 Ulimit(name="fsize", soft=max(file_size_bytes, workdir_mb << 20),
                        hard=max(file_size_bytes, workdir_mb << 20))],
        environment={}, hostname="sandbox", log_config=LogConfig(type=LogConfig.types.NONE),
        init=True, stdin_open=True, tty=False, detach=True, auto_remove=False,
        labels=reaper.owner_labels(),
    )


class _Stream:
    """Demultiplexes the attach socket: the supervisor's stdout as a byte stream."""

    def __init__(self, sock):
        self.sock = sock
        self.buffer = bytearray()
        self.stderr = bytearray()
        self.deadline = None

    def _recv(self, n):
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise ContainerProtocolError("the sandbox did not answer in time")
        self.sock.settimeout(remaining)
        try:
            data = self.sock.recv(n)
        except socket.timeout:
            raise ContainerProtocolError("the sandbox did not answer in time") from None
        if not data:
            raise ContainerProtocolError("the sandbox closed its output "
                                         f"({bytes(self.stderr[-400:]).decode('utf-8', 'replace').strip()})")
        return data

    def _recv_exact(self, n):
        data = bytearray()
        while len(data) < n:
            data += self._recv(n - len(data))
        return bytes(data)

    def _fill(self):
        """Read one multiplexed frame; stdout goes to the buffer, stderr is kept short."""
        header = self._recv_exact(8)
        kind, size = header[0], int.from_bytes(header[4:8], "big")
        payload = self._recv_exact(size)
        if kind == 1:
            self.buffer += payload
        else:
            self.stderr += payload
            del self.stderr[:-STDERR_KEEP]

    def read_exact(self, n):
        while len(self.buffer) < n:
            self._fill()
        data = bytes(self.buffer[:n])
        del self.buffer[:n]
        return data

    def read_line(self, limit):
        while True:
            end = self.buffer.find(b"\n", 0, limit)
            if end >= 0:
                return self.read_exact(end + 1)
            if len(self.buffer) >= limit:
                return self.read_exact(limit)
            self._fill()


class Container:
    """One running sandbox container with its supervisor; use as a context manager."""

    def __init__(self, image, **options):
        reaper.reap_once()
        self.name = f"vetkit-sbx-{uuid.uuid4().hex[:12]}"
        self.options = options
        self.image = image
        self.container = None
        self.stream = None
        self.sock = None
        self.attached = None

    def __enter__(self):
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *_exc):
        self.close()

    def _start(self):
        client = engine.client()
        try:
            self.container = client.containers.create(self.image, name=self.name, **self.options)
            self.attached = self.container.attach_socket(
                params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            self.sock = self.attached._sock
            self.container.start()
        except docker.errors.DockerException as exc:
            raise SandboxError(f"the engine could not start a sandbox container: {exc}") from None
        self.stream = _Stream(self.sock)
        ready, _ = self.receive(START_TIMEOUT_SECONDS, max_blob_bytes=0)
        if ready.get("event") != "ready":
            raise ContainerProtocolError(f"the sandbox did not start: {ready}")

    def send(self, header, blobs=()):
        """Send one request frame to the supervisor."""
        try:
            self.sock.sendall(protocol.encode_frame(header, blobs))
        except OSError as exc:
            raise ContainerProtocolError(f"the sandbox stopped reading its input: {exc}") from None

    def receive(self, timeout, max_blob_bytes):
        """Receive and validate one answer frame within ``timeout`` seconds."""
        self.stream.deadline = time.monotonic() + timeout
        try:
            header, blobs = protocol.read_frame(self.stream.read_exact, self.stream.read_line, max_blob_bytes)
        except protocol.ProtocolError as exc:
            raise ContainerProtocolError(f"the sandbox sent a malformed answer: {exc}") from None
        if header is None:
            raise ContainerProtocolError("the sandbox ended without answering")
        if header.get("event") == "error":
            raise ContainerProtocolError(f"the sandbox failed: {str(header.get('message'))[:500]}")
        schemas.validate(header)
        return header, blobs

    def request(self, header, blobs=(), *, timeout, max_blob_bytes):
        """Send a request and return the validated answer."""
        self.send(header, blobs)
        return self.receive(timeout, max_blob_bytes)

    def set_memory(self, memory_mb):
        """Change the container's memory limit (swap equal to it: no swap) while it runs."""
        try:
            self.container.update(mem_limit=f"{memory_mb}m", memswap_limit=f"{memory_mb}m")
        except docker.errors.DockerException as exc:
            raise SandboxError(f"the engine could not change the sandbox's memory limit: {exc}") from None

    def close(self):
        """Remove the container, whatever state it is in."""
        for handle in (self.sock, self.attached):
            if handle is not None:
                try:
                    handle.close()
                except OSError:
                    pass
        if self.container is not None:
            _remove_in_background(self.container)
            self.container = None


def _remove(container):
    for _ in range(REMOVE_ATTEMPTS):
        try:
            container.remove(force=True)
            return
        except docker.errors.NotFound:
            return
        except docker.errors.APIError:
            time.sleep(0.2)


def _remove_in_background(container):
    """Remove a container without making the caller wait (a non-daemon thread: exit waits for it)."""
    def work():
        try:
            _remove(container)
        finally:
            with _removals_lock:
                _removals.discard(thread)
    thread = threading.Thread(target=work, name="vetkit-sandbox-remove")
    with _removals_lock:
        _removals.add(thread)
    thread.start()


def wait_for_removals():
    """Block until every container this process closed has been removed."""
    while True:
        with _removals_lock:
            pending = list(_removals)
        if not pending:
            return
        for thread in pending:
            thread.join()
