"""The whole shipped bank passes `vetkit bank check`: quiz items, coding problems and take-homes.

The expensive checks (reference submissions and notebooks in the sandbox) are
cached per content (question_bank/check_cache.py), so they run again only when
a problem, a task, the runner image or the grading code changes.
"""

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.docker
COLD_CHECK_SECONDS = 3600
"""A cold check (every reference submission and notebook) takes about 8 minutes on 2 cores."""


@pytest.mark.timeout(COLD_CHECK_SECONDS)
def test_shipped_bank_passes_the_full_check(runner_image):
    done = subprocess.run([sys.executable, "-m", "vetkit", "bank", "check", "--json"], capture_output=True,
                          text=True, timeout=COLD_CHECK_SECONDS)
    report = json.loads(done.stdout)
    assert report["errors"] == [], "\n".join(f"{e['file']}:{e['line']}: {e['message']}" for e in report["errors"])
    assert done.returncode == 0 and report["ok"]
