"""Run one command with its stdin and stdout relayed through the host, frame by frame (interactive problems).

The command runs in the jail exactly as ``jail.execute`` runs it (same uid,
rlimits, CPU, wall and output limits, same facts), except that its stdin is a
pipe fed by the host and its stdout is sent to the host as it comes.  The
conversation, after the ``interact`` request:

* the supervisor answers ``{"event": "started"}`` (or the final ``exec`` answer
  with ``spawn_error`` when the command could not start);
* the host sends ``{"op": "stdin"}`` frames (their blobs go to the command's
  stdin) and one ``{"op": "end"}`` frame, which closes the command's stdin and
  must come before the final answer;
* the supervisor sends ``{"event": "stdout"}`` frames (one blob each), then
  ``{"event": "exited"}`` once the command and every process of its uid have
  ended, then the final ``exec`` answer (stdout already sent: its blob is empty).

A second thread reads the host's frames while the command runs; every wait on
it is bounded.  Nothing of the host's input is trusted beyond being bytes.
"""

import os
import threading
import time

from . import cgroup, jail

MAX_STDIN_FRAME = 1 << 20
"""Largest blob of one stdin frame from the host."""
END_TIMEOUT = 30.0
"""Seconds the host has, after ``exited``, to send ``end``."""


class _StdinFeeder(threading.Thread):
    """Reads the host's frames and writes their blobs to the command's stdin until ``end``."""

    def __init__(self, write_fd, read_frame):
        super().__init__(name="vetkit-stdin", daemon=True)
        self.write_fd, self.read_frame = write_fd, read_frame
        self.error = None

    def run(self):
        broken = False
        try:
            while True:
                header, blobs = self.read_frame(MAX_STDIN_FRAME)
                op = header.get("op") if header else None
                if op == "end":
                    return
                if op != "stdin":
                    self.error = f"unexpected {str(op)[:40]!r} frame during an interactive run"
                    return
                for blob in blobs:
                    if not broken:
                        broken = not _write_all(self.write_fd, blob)
        except Exception as exc:  # noqa: BLE001 - reported by the main thread
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            os.close(self.write_fd)


def _write_all(fd, data):
    """Write ``data``; False once the command (every reader) is gone."""
    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view):]
        except BrokenPipeError:
            return False
    return True


class _Forwarder:
    """Sends the command's stdout to the host as it comes, up to the cap (a ``jail._Collector`` look-alike)."""

    def __init__(self, fd, cap, send):
        self.fd, self.cap, self.send = fd, cap, send
        self.total, self.open = 0, True
        os.set_blocking(fd, False)

    def pump(self):
        """Forward what is available; closes the pipe at EOF."""
        while self.open:
            try:
                chunk = os.read(self.fd, jail.CHUNK)
            except BlockingIOError:
                return
            if not chunk:
                self.open = False
                os.close(self.fd)
                return
            keep = chunk[: max(0, self.cap - self.total)]
            self.total += len(chunk)
            if keep:
                self.send({"event": "stdout"}, [keep])

    @property
    def overflowed(self):
        return self.total > self.cap


def execute(argv, *, role, workdir, limits, env, read_frame, send):
    """Run ``argv`` as ``role`` with relayed stdin and stdout; return ``(facts, stderr)`` or a spawn error dict."""
    cpu, oom_start = cgroup.RunCpu(), cgroup.oom_kills()
    memory = cgroup.RunMemory()
    read_end, write_end = os.pipe()
    started = time.monotonic()
    try:
        pid, out_r, err_r = jail._spawn(argv, role, workdir, f"/proc/self/fd/{read_end}", limits, env)
    except OSError as exc:
        os.close(write_end)
        return {"spawn_error": str(exc)}
    finally:
        os.close(read_end)
    send({"event": "started"})
    feeder = _StdinFeeder(write_end, read_frame)
    feeder.start()
    out = _Forwarder(out_r, limits["stdout_cap"], send)
    err = jail._Collector(err_r, limits["stderr_cap"], keep_tail=True)
    stopped_by = jail._watch(pid, out, err, started, cpu, limits, memory)
    if stopped_by:
        jail.kill_all(role)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - started
    jail.kill_all(role)
    jail._drain(out, err)
    send({"event": "exited"})
    feeder.join(END_TIMEOUT)
    if feeder.is_alive() or feeder.error:
        raise RuntimeError(feeder.error or "the host did not end the input of an interactive run in time")
    group_cpu = cpu.used() or 0.0
    return {
        "exit_code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "cpu_time": round(max(usage.ru_utime + usage.ru_stime, 0.0), 4),
        "group_cpu_time": round(group_cpu, 4),
        "wall_time": round(wall, 4),
        "memory_kb": int(usage.ru_maxrss),
        "group_memory_kb": memory.used_bytes(held=len(err.data)) // 1024,
        "oom_killed": cgroup.oom_kills() > oom_start,
        "stopped_by": stopped_by,
        "stdout_overflow": out.overflowed,
        "stderr_total": err.total,
    }, bytes(err.data)
