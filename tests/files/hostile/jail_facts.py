"""Prints, as JSON, what the jail gave this process: who it is, its privileges, limits and descriptors."""
import json
import os
import resource


with open("/proc/self/status") as status:
    FIELDS = dict(line.split(":", 1) for line in status if ":" in line)


def capabilities():
    return {name: int(FIELDS[name], 16) for name in ("CapInh", "CapPrm", "CapEff", "CapAmb")}


def ignored_signals():
    mask = int(FIELDS["SigIgn"], 16)
    return [number for number in range(1, 65) if mask & (1 << (number - 1))]


print(json.dumps({
    "uid": os.getresuid(), "gid": os.getresgid(), "groups": os.getgroups(),
    "nice": os.getpriority(os.PRIO_PROCESS, 0), "oom_score_adj": open("/proc/self/oom_score_adj").read().strip(),
    "capabilities": capabilities(), "ignored_signals": ignored_signals(), "session_leader": os.getsid(0) == os.getpid(), "cwd": os.getcwd(),
    "descriptors": sorted(int(fd) for fd in os.listdir("/proc/self/fd")), "umask": os.umask(0o022),
    "cpu": resource.getrlimit(resource.RLIMIT_CPU), "nofile": resource.getrlimit(resource.RLIMIT_NOFILE),
    "core": resource.getrlimit(resource.RLIMIT_CORE), "fsize": resource.getrlimit(resource.RLIMIT_FSIZE),
}))
