"""Interactive runs: two containers talking through pipes the host relays, byte exact, and never stalled."""

import pytest

import sandbox
from sandbox import Verdict
from tests.sandbox.helpers import language_of, load

pytestmark = pytest.mark.docker


def run_pair(program, interactor, **limits):
    """Compile both fixture programs in their own containers and run them against each other."""
    limits = sandbox.Limits().with_changes(**limits)
    with sandbox.Sandbox(load(f"interactive/{program}"), language=language_of(program), limits=limits) as left, \
            sandbox.Sandbox(load(f"interactive/{interactor}"), language=language_of(interactor),
                            limits=limits) as right:
        assert left.compile().verdict == right.compile().verdict == Verdict.OK
        return sandbox.interact(left, right)


def test_a_long_conversation_is_relayed_byte_for_byte(runner_image):
    result = run_pair("echo_lines.py", "check_echo.py")
    assert result.interactor.exit_code == 42  # every line came back unchanged
    assert (result.program.verdict, result.program.exit_code) == (Verdict.OK, 0)
    assert result.first == "interactor"  # the echo ends only when its input is closed


def test_a_flood_towards_a_side_that_stops_reading_stalls_nothing(runner_image):
    result = run_pair("flood.c", "slow_reader.py", stdout_bytes=4 << 20, cpu_time=2)
    assert result.program.verdict == Verdict.OLE  # stopped at its output limit while the other side slept
    assert result.interactor.exit_code == 43 and result.first == "program"
