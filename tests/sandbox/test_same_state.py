"""Every run starts from the same state: nothing a run leaves anywhere reaches the next run.

Each case plants something in one run and looks for it in the next run of the same container.
"""

import pytest

import sandbox
from sandbox import Verdict
from tests.sandbox.helpers import load

pytestmark = pytest.mark.docker


def runs(fixture, *stdins, **limit_changes):
    """Run a Python fixture once per stdin in one container; return the runs."""
    limits = sandbox.Limits().with_changes(**limit_changes)
    with sandbox.Sandbox(load(fixture), language="python", limits=limits) as box:
        return [box.run(stdin) for stdin in stdins]


def test_folder_trees_too_deep_or_too_long_to_remove_recursively_are_wiped(runner_image):
    planted, after, look = runs("hostile/deep_tree.py", b"plant", b"plant", b"look", cpu_time=10.0)
    assert (planted.verdict, planted.stdout) == (Verdict.OK, b"planted\n"), planted.detail
    assert (after.verdict, after.stdout) == (Verdict.OK, b"planted\n"), after.detail  # same start: no clash
    assert look.verdict == Verdict.OK, look.detail
    assert look.stdout.decode().splitlines() == ["/box/run []", "/tmp []", "/dev/shm []"]


def test_system_v_and_posix_ipc_objects_do_not_survive_a_run(runner_image):
    leave, look = runs("hostile/ipc_state.py", b"leave", b"look")
    assert (leave.verdict, leave.stdout) == (Verdict.OK, b"created: True\n"), leave.stderr
    assert look.stdout.decode().splitlines() == [
        "shm absent", "msg absent", "sem absent", "mq absent",
        "shm objects: 0", "msg objects: 0", "sem objects: 0"]


def test_nothing_written_anywhere_survives_a_run(runner_image):
    leave, look = runs("hostile/write_everywhere.py", b"leave", b"look", cpu_time=10.0)
    assert leave.verdict == Verdict.OK, leave.stderr
    assert "/tmp" in leave.stdout.decode()  # it did write somewhere
    assert "/box/src" not in leave.stdout.decode() and "'/'" not in leave.stdout.decode()
    assert (look.verdict, look.stdout) == (Verdict.OK, b"traces found: []\n")
