"""Limits for runs, compilations and notebooks, each with a documented default.

Every limit is enforced by the kernel or the engine (see ``containers`` and the
in-container ``jail``); the defaults follow common judge practice (Kattis,
DOMjudge) and can be overridden per call.
"""

from dataclasses import dataclass, replace

MIB = 1 << 20
WALL_FACTOR = 2.0
WALL_SLACK_SECONDS = 1.0
"""The default wall limit is ``WALL_FACTOR x cpu_time + WALL_SLACK_SECONDS`` (3 s for 1 s of CPU, 5 s for 2 s).

It only matters for a program that does not use its CPU (it sleeps, or waits on input it will never get):
a busy one is stopped at its CPU limit first, so a sleeping program holds a worker about twice as long as
a busy one.  A tighter rule was tried and measured (issue 11): with 1.5 x CPU + 0.5 s, a program burning
1.9 s of CPU under a 4 s limit was killed at its 6.5 s wall limit on this busy 2-core machine (it got 29 %
of a core), a false TLE that the bank check's test of robustly slow submissions caught.  A wall limit close
to the CPU limit needs the supervisor to tell a starved program from an idle one (stop at the wall limit
only a program that used little CPU in it); until then the generous rule stays.

That is what the idle limit does: the supervisor also stops a run that has been *idle* (sleeping or
blocked: neither running nor waiting in the kernel's run queue, ``/proc/PID/schedstat``) for longer than
``cpu_time + IDLE_SLACK_SECONDS``.  A starved program waits in the run queue, so load does not make it
idle; a sleeping program is stopped about when a busy one would be.  The same figures make the wall limit
fair under load: for a run, the supervisor counts against it only the time the program was not waiting for
a CPU, up to 5 s more in all (``STARVED_EXTRA_SECONDS`` in the runner's ``jail``, below the host's grace
period), so a program starved by other work on the machine is stopped by its CPU limit, not by the clock.
"""
IDLE_SLACK_SECONDS = 0.5


@dataclass(frozen=True)
class Limits:
    """Limits of one program run (one stdin)."""

    cpu_time: float = 2.0
    """CPU seconds per run, all threads and children counted (RLIMIT_CPU + the cgroup's counter)."""
    wall_time: float | None = None
    """Wall seconds per run; None means WALL_FACTOR x cpu_time + WALL_SLACK_SECONDS."""
    idle_time: float | None = None
    """Seconds a run may spend idle (neither running nor waiting for a CPU); None means cpu_time +
    IDLE_SLACK_SECONDS.  Interactive runs, which wait for their interactor, have no idle limit."""
    memory_mb: int = 256
    """Memory in MiB, enforced by the container's cgroup (swap equal to it)."""
    java_extra_mb: int = 256
    """Java's own allowance above memory_mb for the JVM (heap capped by -Xmx at memory_mb)."""
    pids: int = 128
    """Processes and threads in the container (cgroup pids limit)."""
    stdout_bytes: int = 8 * MIB
    """Stdout cap; a program that writes more is killed: OLE."""
    stderr_bytes: int = 64 * 1024
    """Stderr kept (the last bytes); the rest is dropped silently."""
    file_size_bytes: int = 16 * MIB
    """Largest file a program may write (RLIMIT_FSIZE)."""
    open_files: int = 64
    """Open file descriptors per process (RLIMIT_NOFILE)."""
    workdir_mb: int = 64
    """Size of the tmpfs work folders (/box and /tmp each)."""
    cpus: float = 1.0
    """CPU share of the container (the engine's CPU quota)."""

    @property
    def effective_wall_time(self) -> float:
        """The wall limit in seconds, with the default rule applied."""
        return self.wall_time if self.wall_time is not None else WALL_FACTOR * self.cpu_time + WALL_SLACK_SECONDS

    @property
    def effective_idle_time(self) -> float:
        """The idle limit in seconds, with the default rule applied."""
        return self.idle_time if self.idle_time is not None else self.cpu_time + IDLE_SLACK_SECONDS

    def with_changes(self, **changes) -> "Limits":
        """A copy with the given fields replaced (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@dataclass(frozen=True)
class CompileLimits:
    """Limits of the compilation step."""

    cpu_time: float = 10.0
    """CPU seconds for the compiler."""
    wall_time: float = 20.0
    """Wall seconds for the compiler."""
    memory_mb: int = 1024
    """Memory for the compiler in MiB."""
    message_bytes: int = 64 * 1024
    """Compiler messages kept."""


@dataclass(frozen=True)
class NotebookLimits:
    """Limits of one notebook execution."""

    cell_timeout: float = 120.0
    """Seconds one cell may run."""
    timeout: float = 600.0
    """Seconds the whole notebook may run."""
    memory_mb: int = 2048
    """Memory of the kernel in MiB (cgroup)."""
    pids: int = 256
    """Processes and threads in the container."""
    output_bytes: int = 2 * MIB
    """Total size of outputs kept in the executed notebook."""
    notebook_bytes: int = 16 * MIB
    """Largest notebook accepted."""
    workdir_mb: int = 256
    """Size of the tmpfs work folders."""
    cpus: float = 1.0
    """CPU share of the container."""
