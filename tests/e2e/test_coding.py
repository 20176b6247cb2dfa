"""A candidate solves a coding problem in the editor: language switch, drafts, Run, Submit and the verdict."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import (editor_text, record_status_badges, screenshot, seen_statuses, sign_in, type_code,
                               wait_for_verdict)
from tests.webapp.helpers import hidden_test_count, sample_input

pytestmark = [pytest.mark.docker, pytest.mark.timeout(600)]  # a busy shared engine may be slow
PROBLEM = "arr-balance-point"
SOLUTION = """
import itertools, sys
n, *w = map(int, sys.stdin.read().split())
left = [0, *itertools.accumulate(w)]
print(next((i + 1 for i in range(n) if 2 * left[i] + w[i] == left[-1]), -1))
"""
WRONG = "print(1)"
GRADING_WAIT_SECONDS = 240
"""Longest wait for the worker's verdict on a shared, busy engine (a deadline, never a timing assertion)."""


def open_problem(page):
    """Find the problem through the practice list's search and open it."""
    page.goto("/practice")
    page.get_by_label("Search").fill("balance point")
    page.get_by_role("button", name="Filter").click()
    page.get_by_role("link", name="Balance point").click()
    expect(page.locator(".cm-content")).to_contain_text("def main")


def submit_and_wait(page):
    """Submit, and wait for the page to show a verdict by itself; returns the statuses it showed before."""
    record_status_badges(page)
    page.get_by_role("button", name="Submit").click()
    verdict = wait_for_verdict(page.locator("[data-console-output] .submission-live"), seconds=GRADING_WAIT_SECONDS)
    return verdict, seen_statuses(page)


def test_a_candidate_solves_a_problem_in_the_editor(page, candidate):
    open_problem(page)
    page.get_by_label("Language").select_option("c")
    expect(page.locator(".cm-content")).to_contain_text("int main(void)")
    page.get_by_label("Language").select_option("python")
    type_code(page, SOLUTION)
    assert editor_text(page) == SOLUTION.strip()
    expect(page.get_by_text(re.compile("Draft saved at"))).to_be_visible()
    page.reload()
    expect(page.locator(".cm-content")).to_contain_text("itertools.accumulate")
    assert editor_text(page) == SOLUTION.strip(), "the draft is kept across a reload"

    page.get_by_role("button", name="Run", exact=True).click()
    result = page.locator(".run-result")
    expect(result).to_contain_text("Accepted")
    expect(result.locator(".sample-io > div", has_text="Your output").first.locator("pre")).to_have_text("4")
    verdict, statuses = submit_and_wait(page)
    expect(verdict).to_have_text("AC")
    assert "queued" in statuses, "the page showed the submission queued before its verdict"
    output = page.locator("[data-console-output]")
    count = hidden_test_count(PROBLEM)
    expect(output).to_contain_text(f"{count} of {count} passed")
    expect(output).not_to_contain_text("Group")
    screenshot(page, "coding-result")

    page.get_by_role("link", name="Submissions").click()
    screenshot(page, "history")
    page.get_by_role("link", name="Profile").click()
    expect(page.locator(".signal")).to_contain_text("Arrays and two pointers")
    screenshot(page, "profile-signals")


def test_a_wrong_submission_shows_the_failing_sample(page, candidate):
    open_problem(page)
    type_code(page, WRONG)
    page.keyboard.press("Control+Enter")
    failing = page.locator(".run-case").first
    expect(failing).to_contain_text("WA")
    expect(failing).to_contain_text("expected '4', got '1'")
    expect(failing.locator(".sample-io > div", has_text="Input").locator("pre")).to_have_text(" ".join(sample_input(1)))
    verdict, _ = submit_and_wait(page)
    expect(verdict).to_have_text("WA")
    sample = page.locator("[data-console-output] tr", has_text="Sample 1")
    expect(sample).to_contain_text("WA")
    screenshot(page, "coding-wrong")
    page.locator(".cm-content").click()
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Run", exact=True)).to_be_focused()


def test_an_expired_session_while_typing_keeps_the_draft(page, candidate, console):
    console.allow("status of 401")
    open_problem(page)
    type_code(page, "# typed before")
    expect(page.get_by_text(re.compile("Draft saved at"))).to_be_visible()
    page.context.clear_cookies()
    type_code(page, "# typed after the session ended")
    status = page.locator("[data-save-status]")
    expect(status).to_contain_text("Your session has ended")
    screenshot(page, "coding-session-ended")
    status.get_by_role("link", name="Sign in").click()
    sign_in(page, candidate)
    expect(page.locator(".cm-content")).to_have_text("# typed after the session ended")
    expect(page.get_by_text(re.compile("Draft saved at"))).to_be_visible()
