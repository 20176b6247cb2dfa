"""Who owns a sandbox container, and the reaper that removes those whose owner is gone.

Every sandbox container carries labels naming its owner: ``vetkit.owner`` is ``HOST:PID`` and
``vetkit.owner-started`` the start time of that process (clock ticks since boot, from
``/proc/PID/stat``), so that a pid reused by another process does not pass for the dead owner.

Several workers, on one host or several, may share one engine, and other programs may use it too.
A container is an orphan, and removed, only when it is provably dead or too old:

* its owner ran on this host and is gone (no such pid, or a pid that started at another time); or
* it is older than the maximum age (``VETKIT_SANDBOX_MAX_AGE`` seconds, default 6 hours), whoever
  owns it: no sandbox lives that long (a notebook's timeout, or a judge's tests times their wall
  limit, are far shorter), so the container of a host that crashed goes within that time.

A younger container of another host is never touched, nor one of a live process here.  A container
that disappears between listing and removal (another reaper, another program) is skipped.
"""

import os
import socket
import threading
import time

import docker.errors

from . import engine
from .errors import SandboxError

LABEL = "vetkit.sandbox"
OWNER_LABEL = "vetkit.owner"
STARTED_LABEL = "vetkit.owner-started"
MAX_AGE_VARIABLE = "VETKIT_SANDBOX_MAX_AGE"
DEFAULT_MAX_AGE_SECONDS = 6 * 3600
"""Sandbox containers older than this are reaped whoever owns them (a sandbox never lives as long)."""
_reaped = threading.Lock()
_reaped_once = []


def process_started(pid):
    """The start time of process ``pid`` in clock ticks since boot (a string), or None if there is none."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rpartition(")")[2].split()[19]
    except (OSError, IndexError):
        return None


def owner():
    """This process as the owner label names it: ``HOST:PID``."""
    return f"{socket.gethostname()}:{os.getpid()}"


def owner_labels():
    """The labels that mark a sandbox container as this process's."""
    return {LABEL: "1", OWNER_LABEL: owner(), STARTED_LABEL: process_started(os.getpid()) or ""}


def max_age_seconds():
    """The maximum age of a sandbox container in seconds (``VETKIT_SANDBOX_MAX_AGE``, default 6 hours)."""
    value = os.environ.get(MAX_AGE_VARIABLE)
    if value is None:
        return DEFAULT_MAX_AGE_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0
    if seconds <= 0:
        raise SandboxError(f"{MAX_AGE_VARIABLE}={value!r} is not a positive number of seconds: "
                           f"set it above the longest sandbox session (default {DEFAULT_MAX_AGE_SECONDS}).")
    return seconds


def _owner_gone(labels):
    """True when the owner ran on this host and is no longer running (its pid gone or reused)."""
    host, _, pid = labels.get(OWNER_LABEL, "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == 0:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # it exists, under another user
    started, expected = process_started(int(pid)), labels.get(STARTED_LABEL)
    return bool(started and expected and started != expected)


def is_orphan(labels, created, *, now, max_age):
    """Whether a sandbox container (its labels, its creation time in seconds) should be removed."""
    return now - created > max_age or _owner_gone(labels)


def reap(max_age=None):
    """Remove every orphaned sandbox container (see the module docstring); return their ids."""
    max_age = max_age_seconds() if max_age is None else max_age
    api = engine.client().api
    removed = []
    for item in api.containers(all=True, filters={"label": LABEL}):
        if is_orphan(item.get("Labels") or {}, item.get("Created", 0), now=time.time(), max_age=max_age):
            try:
                api.remove_container(item["Id"], force=True)
                removed.append(item["Id"])
            except docker.errors.APIError:
                pass  # gone meanwhile, or already being removed by someone else
    return removed


def reap_orphans():
    """Remove sandbox containers whose owner is gone or that are too old; return how many."""
    return len(reap())


def reap_once():
    """Reap once per process, before its first sandbox."""
    with _reaped:
        if not _reaped_once:
            reap_orphans()
            _reaped_once.append(True)
