"""Defence in depth: with user-namespace remapping, root in a sandbox is an unprivileged user of the host.

vetkit starts its own engine with ``--userns-remap=default``; an engine started otherwise may lack it
(docs/sandbox.md says how to turn it on).  The test reads the engine's claim and checks it against
the map the kernel gives a sandboxed program.  Run the whole sandbox suite against a remapping engine
with ``tests/sandbox/userns_engine.py`` (see docs/sandbox.md).
"""

import pytest

from sandbox import Verdict, engine
from tests.sandbox.helpers import run_fixture

pytestmark = pytest.mark.docker


def test_the_user_namespace_of_a_sandbox_is_what_the_engine_says(runner_image):
    batch, _seconds = run_fixture("hostile/uid_map.py")
    run = batch.runs[0]
    assert run.verdict == Verdict.OK, run.stderr
    inside, outside, count = map(int, run.stdout.split()[:3])
    assert inside == 0
    if engine.remaps_users():
        assert outside > 0 and count <= 1 << 16  # uid 0 in the container is a subordinate uid on the host
    else:
        assert (outside, count) == (0, (1 << 32) - 1)  # the identity map: root inside is root outside
