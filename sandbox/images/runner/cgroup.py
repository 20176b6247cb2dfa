"""Read the container's own cgroup counters (v1 or v2) from inside the container.

Docker mounts the container's cgroup read-only at ``/sys/fs/cgroup``; the runner
only reads it: CPU time used by every process in the container (all threads,
all children) and how many times the kernel's OOM killer fired.
"""

import os

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
