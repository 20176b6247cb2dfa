"""Small helpers of the browser tests: the browser to drive, signing up and in, typing code, screenshots."""

import itertools
import os
from pathlib import Path

from playwright.sync_api import expect

CHROMIUM = "/usr/bin/chromium"
"""Debian's chromium (installed by `make setup`; Playwright never downloads a browser)."""
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
LAPTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}
ARTIFACTS = Path(__file__).parents[1] / "artifacts" / "e2e"
PASSWORD = "correct horse battery"
_emails = itertools.count(1)


def sign_up(page, name="Ada Candidate"):
    """Create a candidate account through the sign-up form; returns its email."""
    email = f"candidate{next(_emails)}-{os.getpid()}@example.com"
    page.goto("/signup")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/practice")
    return email


def sign_in(page, email):
    """Sign in through the form (the page must show it)."""
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def screenshot(page, name):
    """Save full-page screenshots of ``page`` at laptop and phone width as tests/artifacts/e2e/NAME-*.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("laptop", LAPTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.evaluate("document.fonts.ready.then(() => true)")
        page.screenshot(path=str(ARTIFACTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(LAPTOP)


def editor_text(page):
    """The code in the page's CodeMirror editor."""
    return page.locator(".cm-content").inner_text().replace("\u200b", "").strip()


def type_code(page, code):
    """Replace the editor's code by typing ``code`` key by key, as a person does (lines without indentation).

    Escape before each Enter closes the completion popup, so Enter breaks the line instead of accepting one.
    """
    page.locator(".cm-content").click()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.press("Delete")
    for number, line in enumerate(code.strip().splitlines()):
        if number:
            page.keyboard.press("Escape")
            page.keyboard.press("Enter")
        page.keyboard.type(line)
    page.keyboard.press("Escape")


def record_status_badges(page):
    """Start recording every text the page's status badges show (read them with ``seen_statuses``)."""
    page.evaluate("""() => {
        window.seenStatuses = [];
        const note = () => document.querySelectorAll('[data-status-badge]').forEach(
            (badge) => window.seenStatuses.push(badge.textContent.trim()));
        new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});
    }""")


def seen_statuses(page):
    """The statuses recorded since ``record_status_badges``."""
    return page.evaluate("() => window.seenStatuses")


def wait_for_verdict(area, *, seconds):
    """The verdict badge ``area`` shows once graded (the page updates by itself); a deadline, not a timing check.

    When none comes, the failure says what the page showed instead (say, grading delayed).
    """
    verdict = area.locator(".badge.verdict")
    try:
        expect(verdict).to_be_visible(timeout=seconds * 1000)
    except AssertionError:
        raise AssertionError(f"no verdict after {seconds} s; the page shows: {area.inner_text()!r}") from None
    return verdict
