"""The `vetkit` command: the JSON contract of `run`, and one clear sentence when something is missing."""

import json
import subprocess
import sys

import pytest

from tests.conftest import FILES

VETKIT = [sys.executable, "-m", "vetkit"]
RUN_KEYS = {"verdict", "exit_code", "signal", "cpu_time", "wall_time", "memory_kb", "stdout", "stderr",
            "compile_output"}


def vetkit(*args, env=None, stdin=None):
    return subprocess.run([*VETKIT, *map(str, args)], capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.docker
def test_run_json_contract(runner_image, tmp_path):
    stdin = tmp_path / "in.txt"
    stdin.write_text("héllo\n")
    done = vetkit("run", FILES / "programs/echo.py", "--lang", "python", "--stdin", stdin, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == RUN_KEYS
    assert (data["verdict"], data["stdout"], data["exit_code"]) == ("OK", "héllo\n", 0)


@pytest.mark.docker
@pytest.mark.parametrize("program, verdict", [("programs/syntax_error.c", "CE"), ("programs/exit3.py", "RTE"),
                                              ("hostile/busy_loop.c", "TLE")])
def test_every_verdict_exits_zero(runner_image, program, verdict):
    done = vetkit("run", FILES / program, "--lang", {"c": "c", "py": "python"}[program.rsplit(".", 1)[1]],
                  "--time-limit", "0.5", "--memory-limit", "64", "--json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert data["verdict"] == verdict
    assert (data["compile_output"] != "") == (verdict == "CE")


@pytest.mark.docker
def test_sandbox_image_prints_the_tag(runner_image):
    assert vetkit("sandbox", "image").stdout.strip() == runner_image


def test_no_engine_is_one_clear_sentence(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "DOCKER_HOST": f"unix://{tmp_path}/none.sock"}
    done = vetkit("run", FILES / "programs/echo.py", "--lang", "python", env=env)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"vetkit: No Docker engine answers at unix://{tmp_path}/none.sock: run `make setup`")


@pytest.mark.docker
def test_missing_image_is_one_clear_sentence(runner_image):
    import os
    env = dict(os.environ, VETKIT_BASE_IMAGE="vetkit-no-such-base:0")
    done = vetkit("sandbox", "image", env=env)
    assert done.returncode == 2 and "run `make setup`" in done.stderr and "Traceback" not in done.stderr


def test_bad_input_exits_two_with_a_sentence(tmp_path):
    empty = tmp_path / "empty.py"
    empty.write_text("")
    done = vetkit("run", empty, "--lang", "python")
    assert done.returncode == 2 and "empty" in done.stderr and "Traceback" not in done.stderr
    done = vetkit("run", empty, "--lang", "cobol")
    assert done.returncode == 2 and "cobol" in done.stderr
