"""Helpers for grader tests: the fixture problems, and editable copies of them."""

import shutil

from tests.conftest import FILES

PROBLEMS = FILES / "problems"


def copy_problem(name, tmp_path):
    """A copy of fixture problem ``name`` under ``tmp_path`` that a test may break."""
    target = tmp_path / name
    shutil.copytree(PROBLEMS / name, target)
    return target
