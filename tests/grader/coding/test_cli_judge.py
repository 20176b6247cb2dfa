"""`vetkit judge`: the JSON contract, exit 0 for any verdict, exit 2 with one sentence for unusable input."""

import json
import subprocess
import sys

import pytest

from tests.grader.helpers import PROBLEMS, copy_problem

VETKIT = [sys.executable, "-m", "vetkit"]
JUDGE_KEYS = {"verdict", "score", "max_score", "tests", "passed", "total", "compile_output", "time_limit"}
TEST_KEYS = {"name", "group", "verdict", "cpu_time", "wall_time", "memory_kb", "feedback"}


def vetkit(*args):
    return subprocess.run([*VETKIT, *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.mark.docker
def test_json_contract_for_a_scoring_problem(runner_image):
    done = vetkit("judge", PROBLEMS / "groups", PROBLEMS / "groups/submissions/partially_accepted/positive_only.py",
                  "--lang", "python", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert JUDGE_KEYS <= set(data) and all(TEST_KEYS <= set(test) for test in data["tests"])
    assert data["error"] is None and {g["name"]: g["verdict"] for g in data["groups"]}["secret/group2"] == "WA"
    assert (data["verdict"], data["score"], data["max_score"], data["passed"], data["total"]) == ("WA", 30, 100, 4, 5)
    assert data["tests"][0]["group"] == "sample"


@pytest.mark.docker
def test_folder_submission_and_human_output(runner_image):
    done = vetkit("judge", PROBLEMS / "sum", PROBLEMS / "sum/submissions/accepted/multi_java", "--lang", "java")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("verdict: AC  score: 1/1  passed: 4/4")


@pytest.mark.docker
def test_compile_error_exits_zero(runner_image):
    done = vetkit("judge", PROBLEMS / "sum", PROBLEMS / "sum/submissions/compile_error/syntax.py",
                  "--lang", "python", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["verdict"] == "CE"


def test_unusable_input_exits_2_with_one_sentence(tmp_path):
    good = PROBLEMS / "sum/submissions/accepted/sum.py"
    bad_yaml = copy_problem("sum", tmp_path)
    (bad_yaml / "problem.yaml").write_text("name: [unclosed\n")
    empty, latin1 = tmp_path / "empty.py", tmp_path / "latin1.py"
    empty.write_text("")
    latin1.write_bytes(b"print('caf\xe9')\n")
    cases = [((PROBLEMS / "sum", good, "--lang", "cobol"), "unknown language 'cobol'"),
             ((bad_yaml, good, "--lang", "python"), "problem.yaml:2: is not valid YAML"),
             ((PROBLEMS / "sum", empty, "--lang", "python"), "empty.py: the submission is empty"),
             ((PROBLEMS / "sum", latin1, "--lang", "python"), "latin1.py is not UTF-8"),
             ((tmp_path / "missing", good, "--lang", "python"), "is not a folder"),
             ((PROBLEMS / "sum", tmp_path / "nothing.py", "--lang", "python"), "no such file")]
    for args, message in cases:
        done = vetkit("judge", *args)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        as_json = vetkit("judge", *args, "--json")
        assert as_json.returncode == 2
        data = json.loads(as_json.stdout)  # one JSON object, so a script tells a broken package from a CE
        assert data["verdict"] is None and message in data["error"]
    missing = vetkit("judge", PROBLEMS / "sum", "--json")
    assert missing.returncode == 2 and json.loads(missing.stdout)["error"] == "Missing argument 'SUBMISSION'."
