"""The reaper removes what is provably dead or too old, and never a live sandbox of another worker.

Several workers share one engine: on this host (same host name, pids checked) or on others (only the
maximum age tells).  The decisions are checked on real processes; the reaper itself on real
containers, labelled as other owners' would be.
"""

import os
import socket
import subprocess
import time

import docker.errors
import pytest

import sandbox
from sandbox import engine, reaper

HOST = socket.gethostname()
HOUR = 3600.0


def dead_pid():
    """The pid of a process that has ended."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def labels(owner, started=""):
    return {reaper.LABEL: "1", reaper.OWNER_LABEL: owner, reaper.STARTED_LABEL: started}


def orphan(owner_labels, age_seconds=10.0):
    now = time.time()
    return reaper.is_orphan(owner_labels, int(now - age_seconds), now=now, max_age=6 * HOUR)


def test_a_live_process_of_this_host_keeps_its_containers():
    assert not orphan(reaper.owner_labels())
    assert not orphan(labels(f"{HOST}:{os.getpid()}"))  # no start time recorded: the pid decides


def test_a_dead_process_of_this_host_leaves_orphans():
    assert orphan(labels(f"{HOST}:{dead_pid()}"))


def test_a_reused_pid_does_not_keep_a_dead_owners_containers():
    mine = reaper.owner_labels()
    assert orphan(dict(mine, **{reaper.STARTED_LABEL: str(int(mine[reaper.STARTED_LABEL]) - 1)}))


def test_another_hosts_containers_are_kept_until_the_maximum_age():
    other = labels(f"another-{HOST}:{dead_pid()}", "1")
    assert not orphan(other, age_seconds=5 * HOUR)
    assert orphan(other, age_seconds=7 * HOUR)
    assert not orphan({reaper.LABEL: "1"}, age_seconds=HOUR)  # no owner: only age decides
    assert orphan({reaper.LABEL: "1"}, age_seconds=7 * HOUR)


def test_the_maximum_age_is_a_setting(monkeypatch):
    assert reaper.max_age_seconds() == reaper.DEFAULT_MAX_AGE_SECONDS
    monkeypatch.setenv(reaper.MAX_AGE_VARIABLE, "7200")
    assert reaper.max_age_seconds() == 7200
    monkeypatch.setenv(reaper.MAX_AGE_VARIABLE, "soon")
    with pytest.raises(sandbox.SandboxError, match="VETKIT_SANDBOX_MAX_AGE"):
        reaper.max_age_seconds()


@pytest.fixture
def labelled_containers(runner_image):
    """Create never-started containers with given owner labels; all removed afterwards."""
    api = engine.client().api
    created = []

    def create(owner_labels):
        config = api.create_host_config(network_mode="none")
        created.append(api.create_container(runner_image, command=["true"], labels=owner_labels,
                                            host_config=config)["Id"])
        return created[-1]
    yield create
    for ident in created:
        try:
            api.remove_container(ident, force=True)
        except docker.errors.NotFound:
            pass


@pytest.mark.docker
def test_the_reaper_removes_dead_owners_containers_and_keeps_live_ones(labelled_containers):
    other_host = labelled_containers(labels(f"another-{HOST}:{os.getpid()}", "1"))
    dead_here = labelled_containers(labels(f"{HOST}:{dead_pid()}"))
    reused_here = labelled_containers(labels(f"{HOST}:{os.getpid()}", "1"))
    removed = reaper.reap()
    assert other_host not in removed  # younger than the maximum age: maybe a live sandbox of another worker
    remaining = {item["Id"] for item in engine.client().api.containers(all=True, filters={"label": reaper.LABEL})}
    assert dead_here not in remaining and reused_here not in remaining  # by us, or by another reaper first
