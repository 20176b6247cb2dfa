"""Interactive runs: two containers talking through pipes the host relays, byte exact, and never stalled."""

import pytest

import sandbox
from sandbox import Verdict
from tests.sandbox.helpers import language_of, load

pytestmark = pytest.mark.docker


def run_pair(program, interactor, interactor_args=(), then=None, **limits):
    """Compile both fixture programs in their own containers and run them against each other.

    ``program`` is relative to tests/files (``interactive/...`` or ``hostile/...``); ``then`` is an input
    the program runs on afterwards, in the same container: the result is then ``(interaction, run)``.
    """
    limits = sandbox.Limits().with_changes(**limits)
    with sandbox.Sandbox(load(program), language=language_of(program), limits=limits) as left, \
            sandbox.Sandbox(load(f"interactive/{interactor}"), language=language_of(interactor),
                            limits=limits) as right:
        assert left.compile().verdict == right.compile().verdict == Verdict.OK
        result = sandbox.interact(left, right, interactor_args=interactor_args)
        return result if then is None else (result, left.run(then))


def test_a_long_conversation_is_relayed_byte_for_byte(runner_image):
    result = run_pair("interactive/echo_lines.py", "check_echo.py", wall_time=120.0)  # a loaded machine is slow
    assert result.interactor.exit_code == 42  # every line came back unchanged
    assert (result.program.verdict, result.program.exit_code) == (Verdict.OK, 0)
    assert result.first == "interactor"  # the echo ends only when its input is closed


def test_a_flood_towards_a_side_that_stops_reading_stalls_nothing(runner_image):
    result = run_pair("interactive/flood.c", "slow_reader.py", stdout_bytes=4 << 20, cpu_time=2)
    assert result.program.verdict == Verdict.OLE  # stopped at its output limit while the other side slept
    assert result.interactor.exit_code == 43 and result.first == "program"


def test_memory_spread_over_processes_is_mle_in_an_interactive_run_too(runner_image):
    result = run_pair("hostile/memory_spread.py", "say_and_accept.py", memory_mb=128, cpu_time=5.0)
    assert result.program.exit_code == 0  # nothing was killed: each process stayed under the limit
    assert result.program.verdict == Verdict.MLE  # from the container's peak, as for a run with a file as stdin
    assert result.program.memory_kb > 128 * 1024


def test_nothing_an_interactive_run_leaves_reaches_the_next_run(runner_image):
    result, after = run_pair("hostile/ipc_state.py", "say_and_accept.py", ["leave"], then=b"look")
    assert (result.program.verdict, result.interactor.exit_code) == (Verdict.OK, 42), result.program.stderr
    assert after.stdout.decode().splitlines() == [
        "shm absent", "msg absent", "sem absent", "mq absent",
        "shm objects: 0", "msg objects: 0", "sem objects: 0"]
