"""Run one untrusted command as an unprivileged user, under limits, and measure it.

The supervisor runs as uid 0 holding only CAP_SETUID and CAP_SETGID; untrusted
code runs as another uid with no capabilities at all, so it can neither signal,
trace nor write into the supervisor (the runguard/isolate pattern).  Per run:

* CPU time: RLIMIT_CPU on every process (kernel backstop) plus the container's
  cgroup CPU counter, which counts all threads and all children, polled here,
  less the supervisor's own CPU time (its reading of the output is not the
  program's);
* wall time: a deadline kept by the supervisor;
* memory: the container's cgroup limit (set by the host, no swap) plus the
  OOM-kill counter, the cgroup's peak during the run (every process, daemons
  and shared memory included) and the peak resident size reported by ``wait4``;
* output: stdout read up to its cap, the program killed at the cap; stderr kept
  to its last bytes; file size, open files and core dumps through rlimits.

After every run all processes of the uid are killed (daemons included); the
supervisor then removes the files it left in the work folders, ``/tmp``,
``/dev/shm`` and ``/dev/mqueue`` and its System V IPC objects (``wipe``, see
``cleanup``), after collecting what the host asked for.
"""

import contextlib
import fcntl
import math
import os
import resource
import select
import signal
import sys
import time

from . import cgroup, cleanup, pycheck

UIDS = {"run": 10001, "compile": 10002, "notebook": 10001}
SCRATCH_DIRS = ("/tmp", "/dev/shm", "/dev/mqueue")
"""Writable by every uid: POSIX shared memory and semaphores live in /dev/shm, message queues in /dev/mqueue."""
POLL_SECONDS = 0.02
PUMP_PAUSE_SECONDS = 0.01
"""While a program keeps writing, the supervisor lets its pipes fill this long between two reads, so a
program that writes line by line cannot make it wake (and spend the container's CPU) once per line."""
PIPE_BYTES = 1 << 20
"""Capacity asked for the output pipes (Linux' default maximum for F_SETPIPE_SZ): the pause costs no throughput."""
UNTRUSTED_NICE = 19
"""Niceness of untrusted processes: the supervisor, in the same cgroup, keeps its share of the CPU quota
against a fork bomb (nice only splits the container's own quota, so CPU time and other containers are
unaffected)."""
CHUNK = 1 << 16
KILL_ROUNDS = 500
SPAWN_ATTEMPTS = 20
MAX_FD = 1 << 16
BUILTINS = {"@pycheck": pycheck.check}
"""Programs run in the forked child without exec: no interpreter start-up (they are ours, not the candidate's)."""
JAIL_HELPER = "/usr/local/lib/vetkit-jail"
"""Built from ``jailexec.c`` with the image: enters the jail as ``enter_jail`` does, then execs the program."""


def _lowered(kind, value):
    """``value`` for one rlimit, never above the hard limit the container imposes."""
    _soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY and (value == resource.RLIM_INFINITY or value > hard):
        return hard
    return value


def run_rlimits(limits):
    """The (soft, hard) rlimits of a run: CPU (a second of slack to the hard limit), file size, files,
    core dumps (none) and stack."""
    cpu = max(1, math.ceil(limits["cpu"]))
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    rlimits = {resource.RLIMIT_CPU: (cpu, cpu + 1 if hard == resource.RLIM_INFINITY else min(cpu + 1, hard))}
    for kind, value in ((resource.RLIMIT_FSIZE, limits["fsize"]), (resource.RLIMIT_NOFILE, limits["nofile"]),
                        (resource.RLIMIT_CORE, 0), (resource.RLIMIT_STACK, limits["stack"])):
        rlimits[kind] = (_lowered(kind, value),) * 2
    return rlimits


def enter_jail(uid, limits, workdir):
    """In a fresh child, as root: become ``uid`` with no capabilities and apply a run's rlimits.

    ``JAIL_HELPER`` does the same, in the same order, for the programs started with posix_spawn."""
    with open("/proc/self/oom_score_adj", "w") as handle:
        handle.write("1000")  # the OOM killer takes untrusted code first
    os.setpriority(os.PRIO_PROCESS, 0, UNTRUSTED_NICE)
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
    for kind, pair in run_rlimits(limits).items():
        resource.setrlimit(kind, pair)
    os.umask(0o022)
    os.makedirs(workdir, exist_ok=True)
    os.chdir(workdir)


@contextlib.contextmanager
def acting_as(uid):
    """Take ``uid`` as effective uid and gid for the block, without forking.

    Forking could fail when a fork bomb holds every pid of the container; a
    change of effective uid cannot.  The real uid stays 0, so the program can
    still neither signal nor trace the supervisor.
    """
    os.setegid(uid)
    os.seteuid(uid)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def _real_uid(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("Uid:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _processes_of(uid):
    """Pids of live (non-zombie) processes whose real uid is ``uid``."""
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == os.getpid() or _real_uid(name) != uid:
            continue
        try:
            with open(f"/proc/{name}/stat") as handle:
                state = handle.read().rpartition(")")[2].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X"):
            pids.append(int(name))
    return pids


def kill_all(role):
    """SIGKILL every process of the role's uid until none is left (daemons and stopped ones too)."""
    uid = UIDS[role]
    with acting_as(uid):
        for _ in range(KILL_ROUNDS):
            pids = _processes_of(uid)
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.002)


def wipe(role, folders=()):
    """Remove what the role's uid left in the scratch folders, ``folders`` (kept themselves) and IPC.

    Raises RuntimeError when anything of the uid is still there afterwards: the next run would not
    start from the same state.
    """
    uid = UIDS[role]
    places = (*SCRATCH_DIRS, *folders)
    with acting_as(uid):
        for folder in places:
            cleanup.wipe_folder(folder, uid)
        cleanup.remove_ipc(uid)
        left = cleanup.leftovers(places, uid)
    if left:
        raise RuntimeError(f"the {role} user's traces could not all be removed: {', '.join(left[:5])}")


def reap(role, folders=()):
    """Kill every process of the role's uid, then remove its files (see ``wipe``)."""
    kill_all(role)
    wipe(role, folders)


class _Collector:
    """Reads a pipe into memory: the head up to a cap, or only the tail."""

    def __init__(self, fd, cap, keep_tail):
        self.fd, self.cap, self.keep_tail = fd, cap, keep_tail
        self.data = bytearray()
        self.total = 0
        self.open = True
        os.set_blocking(fd, False)

    def pump(self):
        """Read what is available; return False once the pipe is at EOF."""
        while True:
            try:
                chunk = os.read(self.fd, CHUNK)
            except BlockingIOError:
                return True
            if not chunk:
                self.open = False
                os.close(self.fd)
                return False
            self.total += len(chunk)
            self.data += chunk
            if self.keep_tail and len(self.data) > self.cap:
                del self.data[: len(self.data) - self.cap]
            elif not self.keep_tail and len(self.data) > self.cap:
                del self.data[self.cap:]

    @property
    def overflowed(self):
        return self.total > self.cap


def _child(argv, uid, workdir, limits, env, fds, report_fd):
    """In the forked child: wire stdio, enter the jail, then exec (or run a builtin) and never return."""
    try:
        os.setsid()
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.closerange(3, report_fd)
        os.closerange(report_fd + 1, MAX_FD)
        enter_jail(uid, limits, workdir)
        if argv[0] in BUILTINS:
            os.close(report_fd)  # started: the parent now drains stdout and stderr while the builtin runs
            os._exit(_run_builtin(argv))
        os.execvpe(argv[0], argv, env)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent through report_fd
        os.write(report_fd, f"{type(exc).__name__}: {exc}".encode()[:1000])
    os._exit(127)


def _run_builtin(argv):
    """Run one of our builtins in the forked child; return its exit code (127 if it failed)."""
    try:
        code = BUILTINS[argv[0]](argv[1:])
    except BaseException as exc:  # noqa: BLE001 - the child must reach os._exit whatever happens
        code = 127
        with contextlib.suppress(BaseException):
            print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
    with contextlib.suppress(BaseException):
        sys.stdout.flush()
        sys.stderr.flush()
    return code


def _retrying(start):
    """``start()``, tried again while the kernel has no pid to give (a killed fork bomb's are being reaped)."""
    for attempt in range(SPAWN_ATTEMPTS):
        try:
            return start()
        except BlockingIOError:
            if attempt == SPAWN_ATTEMPTS - 1:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def _helper_argv(argv, uid, workdir, limits):
    """The command line of ``JAIL_HELPER`` that enters the jail and then execs ``argv``."""
    def text(value):
        return "inf" if value == resource.RLIM_INFINITY else str(value)
    rlimits = run_rlimits(limits)
    cpu_soft, cpu_hard = rlimits[resource.RLIMIT_CPU]
    return [JAIL_HELPER, str(uid), workdir, text(cpu_soft), text(cpu_hard),
            *(text(rlimits[kind][0]) for kind in (resource.RLIMIT_FSIZE, resource.RLIMIT_NOFILE, resource.RLIMIT_STACK)),
            "--", *argv]


def _start(argv, uid, workdir, limits, env, fds, report_w):
    """Start the child with ``fds`` as its stdin, stdout and stderr; return its pid.

    A builtin runs in a forked child; any other program through ``JAIL_HELPER`` with posix_spawn, which
    does not copy the supervisor's memory (about 1 ms of the supervisor's CPU less per run, and the
    child's copy-on-write faults)."""
    if argv[0] in BUILTINS:
        pid = _retrying(os.fork)
        if pid == 0:
            _child(argv, uid, workdir, limits, env, fds, report_w)
        return pid
    actions = [(os.POSIX_SPAWN_DUP2, fd, target) for target, fd in enumerate((*fds, report_w))]
    return _retrying(lambda: os.posix_spawn(JAIL_HELPER, _helper_argv(argv, uid, workdir, limits), env,
                                            file_actions=actions))


def _spawn(argv, role, workdir, stdin_path, limits, env):
    """Start ``argv`` as the role's uid; return (pid, stdout fd, stderr fd) or raise OSError."""
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    for fd in (out_r, err_r):
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    report_r, report_w = os.pipe2(os.O_CLOEXEC)
    stdin_fd = os.open(stdin_path, os.O_RDONLY)
    try:
        pid = _start(argv, UIDS[role], workdir, limits, env, (stdin_fd, out_w, err_w), report_w)
    except OSError:
        for fd in (out_r, err_r, out_w, err_w, report_r, report_w, stdin_fd):
            os.close(fd)
        raise
    for fd in (out_w, err_w, report_w, stdin_fd):
        os.close(fd)
    with os.fdopen(report_r, "rb") as report:
        failure = report.read()
    if failure:
        os.waitpid(pid, 0)
        for fd in (out_r, err_r):
            os.close(fd)
        raise OSError(failure.decode("utf-8", "replace"))
    return pid, out_r, err_r


def execute(argv, *, role, workdir, stdin_path, limits, env):
    """Run ``argv`` as ``role`` in ``workdir`` with ``limits``; return facts, not verdicts.

    The result holds exit code or signal, CPU and wall seconds, peak memory in
    KiB (of the largest waited process, and of the whole container above what
    was in use before the run), whether the OOM killer fired, which limit (if
    any) stopped the program, and the captured stdout and stderr.
    """
    cpu, oom_start = cgroup.RunCpu(), cgroup.oom_kills()
    memory = cgroup.RunMemory()
    started = time.monotonic()
    try:
        pid, out_r, err_r = _spawn(argv, role, workdir, stdin_path, limits, env)
    except OSError as exc:
        return {"spawn_error": str(exc)}
    out = _Collector(out_r, limits["stdout_cap"], keep_tail=False)
    err = _Collector(err_r, limits["stderr_cap"], keep_tail=True)
    idle = _Idle(UIDS[role], limits.get("idle")) if role == "run" else None
    stopped_by = _watch(pid, out, err, started, cpu, limits, memory, pause=PUMP_PAUSE_SECONDS, idle=idle)
    if stopped_by:
        kill_all(role)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - started
    kill_all(role)  # daemons and stray children die here, so the pipes reach EOF
    _drain(out, err)
    group_cpu = cpu.used() or 0.0
    return {
        "exit_code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "cpu_time": round(max(usage.ru_utime + usage.ru_stime, 0.0), 4),
        "group_cpu_time": round(group_cpu, 4),
        "wall_time": round(wall, 4),
        "memory_kb": int(usage.ru_maxrss),
        "group_memory_kb": memory.used_bytes(held=len(out.data) + len(err.data)) // 1024,
        "oom_killed": cgroup.oom_kills() > oom_start,
        "stopped_by": stopped_by,
        "stdout_overflow": out.overflowed,
        "stderr_total": err.total,
    }, bytes(out.data), bytes(err.data)


STARVED_EXTRA_SECONDS = 5.0
"""How much longer than its wall limit a starved run may go on (below the host's grace period)."""


class _Idle:
    """How long a run's threads waited for a CPU, and how long they were idle (sleeping, blocked).

    Waiting is the time its threads spent in the kernel's run queue (``/proc/PID/task/TID/schedstat``, read
    at every poll, the last figure kept for threads that ended).  Idle time is the wall time less the CPU
    time the run used (the cgroup's counter: every process, dead ones too) and less that waiting.  A program
    starved by a busy machine waits in the run queue: it is not idle, and its wall limit counts only the
    time it was not waiting (up to ``STARVED_EXTRA_SECONDS`` more); a program that sleeps is idle.
    """

    def __init__(self, uid, limit):
        self.uid, self.limit, self.waits = uid, limit, {}

    def sample(self):
        """Read the run-queue waits of every thread of the run's uid; returns their sum in seconds."""
        for pid in _processes_of(self.uid):
            try:
                threads = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in threads:  # every thread: Java's main() does not run in the process's first thread
                try:
                    with open(f"/proc/{pid}/task/{tid}/schedstat") as handle:
                        self.waits[tid] = int(handle.read().split()[1]) / 1e9
                except (OSError, IndexError, ValueError):
                    continue
        return sum(self.waits.values())

    def stop(self, elapsed, cpu_used, wall_limit):
        """``"wall"`` or ``"idle"`` when the run must stop, else None (the outer wall bound is the caller's)."""
        waited = self.sample()
        if elapsed - waited > wall_limit:
            return "wall"
        if self.limit is not None and cpu_used is not None and elapsed - cpu_used - waited > self.limit:
            return "idle"
        return None


def _watch(pid, out, err, started, cpu, limits, memory, pause=0.0, idle=None):
    """Pump output and sample memory until the program exits; return the limit that stopped it, if any.

    ``cpu`` is the run's ``cgroup.RunCpu``; ``idle`` (an ``_Idle``, runs only) stops a program idle for too
    long and lets a starved one go past its wall limit.  When output was ready twice in a row the supervisor sleeps
    ``pause`` seconds before reading again (a program that writes continuously); a program that writes
    once and exits loses no time (``still_writing``).  No pause for interactive runs, whose output is a
    conversation.
    """
    writing = False
    pidfd = os.pidfd_open(pid)
    try:
        while True:
            fds = [pidfd] + [c.fd for c in (out, err) if c.open]
            ready, _, _ = select.select(fds, [], [], POLL_SECONDS)
            for collector in (out, err):
                if collector.open and collector.fd in ready:
                    collector.pump()
            if out.overflowed:
                return "output"
            memory.sample()
            if pidfd in ready:
                return None
            elapsed = time.monotonic() - started
            if elapsed > limits["wall"] + (STARVED_EXTRA_SECONDS if idle is not None else 0):
                return "wall"
            used = cpu.used()
            if used is not None and used > limits["cpu"]:
                return "cpu"
            stop = idle.stop(elapsed, used, limits["wall"]) if idle is not None else None
            if stop:
                return stop
            was_writing, writing = writing, still_writing(ready, (out, err))
            if pause and writing and was_writing:
                time.sleep(pause)
    finally:
        os.close(pidfd)


def still_writing(ready, collectors):
    """True when a pipe in ``ready`` brought output and is still open (a pipe at its end is not writing)."""
    return any(c.open and c.fd in ready for c in collectors)


def _drain(*collectors):
    """Read the pipes to EOF (every writer is dead by now); bounded in time."""
    deadline = time.monotonic() + 2.0
    while any(c.open for c in collectors) and time.monotonic() < deadline:
        fds = [c.fd for c in collectors if c.open]
        ready, _, _ = select.select(fds, [], [], 0.1)
        for collector in collectors:
            if collector.open and collector.fd in ready:
                collector.pump()
    for collector in collectors:
        if collector.open:
            os.close(collector.fd)
            collector.open = False
