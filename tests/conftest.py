"""Shared fixtures: the runner image for docker tests, and a check that no container is left behind."""

from pathlib import Path

import pytest

FILES = Path(__file__).parent / "files"


@pytest.fixture(scope="session")
def runner_image():
    """The runner image's tag; docker tests fail (not skip) when `make setup` has not built it."""
    import sandbox

    return sandbox.runner_image()


@pytest.fixture(autouse=True)
def _no_container_left(request):
    """Every docker test must leave no sandbox container behind."""
    yield
    if request.node.get_closest_marker("docker"):
        import sandbox

        assert sandbox.live_containers() == [], "a sandbox container was left behind"


@pytest.fixture
def files_dir():
    """The folder of small fixture files."""
    return FILES
