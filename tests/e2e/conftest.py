"""Fixtures of the browser tests: the real server and Debian's chromium, driven by Playwright.

``server`` runs `vetkit serve` (gunicorn and a real grading worker) on a temporary
instance for the whole session and stops it with Ctrl-C at the end, checking that no
process and no sandbox container of it is left.  Every test gets a fresh browser
profile (``page``) that fails the test on any console error, and most get a freshly
signed-up candidate (``candidate``).  Screenshots go to tests/artifacts/e2e/.
"""

import os
import re
import socket

import pytest

from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, LAPTOP, sign_up
from tests.webapp.serving import descendants, gone, serving


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The base URL of a running `vetkit serve` (web server and worker) on its own temporary instance."""
    root = tmp_path_factory.mktemp("e2e-server")
    with open(root / "serve.log", "w") as log:
        with serving(root / "instance", log=log, VETKIT_DEMO_ACCOUNTS="false") as (url, proc):
            pids = descendants(proc.pid)
            yield url
    assert all(gone(pid) for pid in pids), "a process of the server was left running"
    assert _containers_of(pids) == [], "the server left a sandbox container behind"
    assert "Traceback" not in (root / "serve.log").read_text(), f"the server logged an error: see {root / 'serve.log'}"


def _containers_of(pids):
    """Names of the sandbox containers owned by any of ``pids`` (labelled ``host:pid`` by the sandbox)."""
    import sandbox.engine
    from sandbox.containers import OWNER_LABEL
    owners = {f"{socket.gethostname()}:{pid}" for pid in pids}
    found = sandbox.engine.client().api.containers(all=True, filters={"label": OWNER_LABEL})
    return [c["Names"] for c in found if c["Labels"][OWNER_LABEL] in owners]


@pytest.fixture(scope="session")
def playwright_driver():
    """Playwright's sync driver, after checking that Debian's chromium is there (it is never downloaded)."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"Debian's chromium is missing at {CHROMIUM}; run `make setup` (or `apt-get install chromium`) "
                    "to install it: the browser tests never download a browser.", pytrace=False)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as driver:
        yield driver


class Console:
    """Collects a page's console errors and uncaught exceptions; ``allow(pattern)`` expects one."""

    def __init__(self, page):
        self.errors, self.allowed = [], []
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))

    def allow(self, pattern):
        """Accept console errors matching ``pattern`` (a regex), e.g. a 401 the test provokes."""
        self.allowed.append(re.compile(pattern))

    def unexpected(self):
        """The errors no ``allow`` accepts."""
        return [e for e in self.errors if not any(p.search(e) for p in self.allowed)]


@pytest.fixture
def browser_context(playwright_driver, server, tmp_path):
    """A headless chromium with a fresh profile, at laptop width, pointed at ``server``."""
    context = playwright_driver.chromium.launch_persistent_context(
        str(tmp_path / "chromium-profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
        viewport=LAPTOP, base_url=server, accept_downloads=True)
    context.set_default_timeout(30_000)
    yield context
    context.close()


@pytest.fixture
def console(browser_context):
    """The console of ``page``: the test fails on any error in it that the test did not ``allow``."""
    page = browser_context.pages[0] if browser_context.pages else browser_context.new_page()
    watcher = Console(page)
    watcher.page = page
    yield watcher
    assert watcher.unexpected() == [], "the browser console showed errors"


@pytest.fixture
def page(console):
    """The browser's page (its console is checked at the end of the test)."""
    return console.page


@pytest.fixture
def candidate(page):
    """A freshly signed-up candidate, signed in on ``page``; its email."""
    return sign_up(page)


