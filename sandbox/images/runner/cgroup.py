"""Read the container's own cgroup counters (v1 or v2) from inside the container.

Docker mounts the container's cgroup read-only at ``/sys/fs/cgroup``; the runner
only reads it: CPU time used by every process in the container (all threads,
all children), how many times the kernel's OOM killer fired, and the memory the
container uses now and has used at most since it started.  A run's CPU time is
the container's counter less what the supervisor itself spent meanwhile (reading
and relaying output is the judge's work, never charged to the program).
"""

import os
import resource

ROOT = "/sys/fs/cgroup"


def _read(path):
    try:
        with open(path) as handle:
            return handle.read()
    except OSError:
        return None


def cpu_usage_seconds():
    """CPU seconds used so far by the whole container, or None if unreadable."""
    text = _read(os.path.join(ROOT, "cpu.stat"))
    if text is not None:
        for line in text.splitlines():
            key, _, value = line.partition(" ")
            if key == "usage_usec":
                return int(value) / 1e6
    text = _read(os.path.join(ROOT, "cpuacct", "cpuacct.usage"))
    if text is not None and text.strip().isdigit():
        return int(text) / 1e9
    return None


def _own_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class RunCpu:
    """The CPU one run made the container use: the container's counter (every process of the run, all
    threads and children), less the supervisor's own CPU time (all its threads) since the run started."""

    def __init__(self):
        self.start = cpu_usage_seconds()
        self.own_start = _own_cpu_seconds()

    def used(self):
        """CPU seconds of the run so far, or None when the container's counter is unreadable."""
        now = cpu_usage_seconds()
        if now is None or self.start is None:
            return None
        return max(0.0, now - self.start - (_own_cpu_seconds() - self.own_start))


def oom_kills():
    """How many processes the OOM killer has killed in this container so far."""
    for name in ("memory.events", os.path.join("memory", "memory.oom_control")):
        text = _read(os.path.join(ROOT, name))
        if text is None:
            continue
        for line in text.splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill":
                return int(value)
    return 0


def _read_int(*names):
    for name in names:
        text = _read(os.path.join(ROOT, name))
        if text is not None and text.strip().isdigit():
            return int(text)
    return None


def memory_usage():
    """Bytes the whole container uses now (processes, tmpfs files, page cache), or None if unreadable."""
    return _read_int("memory.current", os.path.join("memory", "memory.usage_in_bytes"))


def memory_peak():
    """The most bytes the whole container has used since it started, or None if unreadable."""
    return _read_int("memory.peak", os.path.join("memory", "memory.max_usage_in_bytes"))


class RunMemory:
    """The memory one run made the container use: its peak above what was in use when the run started.

    The container's peak counter cannot be reset from inside (the cgroup is mounted read-only): when
    it rose during the run, the new peak is the run's; otherwise the run stayed below an earlier
    peak, and the highest usage sampled while it ran stands in for it.
    """

    def __init__(self):
        self.baseline = memory_usage()
        self.peak_before = memory_peak()
        self.sampled = self.baseline

    def sample(self):
        """Note the usage now; called while the run goes on."""
        used = memory_usage()
        if used is not None and (self.sampled is None or used > self.sampled):
            self.sampled = used

    def used_bytes(self, held=0):
        """Bytes above the baseline at the run's peak, less ``held`` bytes the supervisor holds for it."""
        if self.baseline is None:
            return 0
        peak = memory_peak()
        moved = peak is not None and self.peak_before is not None and peak > self.peak_before
        return max(0, (peak if moved else self.sampled) - self.baseline - held)
