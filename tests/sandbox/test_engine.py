"""The engine set-up (``sandbox.engine.ensure_engine``) without touching a real engine.

The commands it would run are recorded instead of run: an engine that answers is never restarted,
and an engine started by vetkit has no bridge, no iptables rules and user-namespace remapping.
"""

import pytest

import sandbox
from sandbox import engine


class FakeEngine:
    """Stands for a Docker SDK client: only what ensure_engine asks."""

    def __init__(self, remapped):
        self.remapped = remapped

    def info(self):
        """What ``docker info`` says about security options."""
        return {"SecurityOptions": ["name=seccomp,profile=default"] + (["name=userns"] if self.remapped else [])}


@pytest.fixture
def machine(monkeypatch, tmp_path):
    """A machine whose engine is simulated: ``state['engine']`` answers (or None); commands are recorded."""
    state = {"engine": None, "commands": [], "started": None}

    def run(argv, **_kwargs):
        state["commands"].append(list(argv))
        if argv[:2] == ["setsid", "-f"]:
            state["engine"] = state["started"]
        return type("Done", (), {"returncode": 0, "stdout": "", "stderr": ""})()

    monkeypatch.delenv("DOCKER_HOST", raising=False)
    monkeypatch.setattr(engine, "_connect", lambda: state["engine"])
    monkeypatch.setattr(engine.subprocess, "run", run)
    monkeypatch.setattr(engine, "DOCKERD_LOG", str(tmp_path / "dockerd.log"))
    monkeypatch.setattr(engine.time, "sleep", lambda _seconds: None)
    engine.client.cache_clear()
    yield state
    engine.client.cache_clear()


def test_a_machine_without_an_engine_gets_one_without_bridge_and_with_remapping(machine, monkeypatch):
    monkeypatch.setattr(engine.shutil, "which", lambda name: f"/usr/sbin/{name}")
    machine["started"] = FakeEngine(remapped=True)
    said = []
    assert engine.ensure_engine(said.append) is machine["started"]
    assert machine["commands"] == [["setsid", "-f", "/usr/sbin/dockerd", "--bridge=none", "--iptables=false",
                                    "--ip6tables=false", "--userns-remap=default"]]
    assert any("--userns-remap=default" in line for line in said)


def test_an_engine_that_answers_is_never_restarted(machine):
    machine["engine"] = FakeEngine(remapped=False)
    said = []
    assert engine.ensure_engine(said.append) is machine["engine"]
    assert machine["commands"] == []
    assert any("does not remap user namespaces" in line and "docs/sandbox.md" in line for line in said)


def test_a_docker_host_that_does_not_answer_is_not_replaced_by_another_engine(machine, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "unix:///nowhere/docker.sock")
    with pytest.raises(sandbox.EngineUnavailable, match="DOCKER_HOST"):
        engine.ensure_engine()
    assert machine["commands"] == []


def test_without_dockerd_and_without_root_on_debian_setup_says_what_to_do(machine, monkeypatch):
    monkeypatch.setattr(engine.shutil, "which", lambda _name: None)
    with pytest.raises(sandbox.EngineUnavailable, match="install Docker|install docker.io"):
        engine.ensure_engine()
    assert not any(argv[:2] == ["setsid", "-f"] for argv in machine["commands"])


def test_root_on_debian_without_docker_installs_debians_docker_io_first(machine, monkeypatch):
    monkeypatch.setattr(engine.shutil, "which", lambda name: "/usr/bin/apt-get" if name == "apt-get" else None)
    monkeypatch.setattr(engine.os, "geteuid", lambda: 0)
    machine["started"] = FakeEngine(remapped=True)
    engine.ensure_engine()
    assert machine["commands"] == [["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "docker.io"],
                                   ["setsid", "-f", "dockerd", *engine.DOCKERD_ARGS]]
