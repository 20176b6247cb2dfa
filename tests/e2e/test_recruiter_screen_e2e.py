"""A mock recruiter screen in a real browser: written answers typed and autosaved, handed in, then the model
answers and rubric, a self-check against the rubric, the history of past mocks and the progress chart.

Runs against the session's `vetkit serve` (web server and a real grading worker).  Screenshots at laptop
and phone width go to tests/artifacts/e2e/recruiter-screen-*.png.
"""

import time

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import screenshot

pytestmark = pytest.mark.docker
WAIT_SECONDS = 300
"""Longest wait for the worker to grade the mock (a deadline to stop waiting, never an assertion on speed)."""
ANSWERS = [
    "Fraud detection is the ML problem I enjoy most: late, noisy labels and adversaries who adapt.",
    "I built a library search with embeddings; I wrote the ranking and the evaluation on 200 real queries.",
    "Catching more spam means losing more genuine emails; we can pick the balance together.",
]


def _graded(page):
    """Reload the summary; True once the mock is graded."""
    page.reload()
    return page.get_by_text("Overall", exact=True).count() > 0


def test_a_recruiter_screen_is_answered_in_writing_and_fed_back_with_model_answers(page, candidate):
    page.get_by_role("link", name="Mock interviews").click()
    card = page.locator(".panel", has_text="Mock recruiter screen")
    expect(card).to_contain_text("Recruiter screen: 4 × written questions, 30 minutes")
    screenshot(page, "recruiter-screen-mocks")
    card.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Written questions · 4 questions · 30 minutes")).to_be_visible()
    screenshot(page, "recruiter-screen-attempt")
    page.get_by_role("button", name="Start this section").click()

    cards = page.locator("article.quiz-card")
    expect(cards).to_have_count(4)
    expect(page.locator(".countdown")).to_be_visible()
    cards.nth(0).locator("textarea").click()
    page.keyboard.type(ANSWERS[0])  # typed key by key, as a person does
    for index in (1, 2):
        cards.nth(index).locator("textarea").fill(ANSWERS[index])
    expect(page.locator("[data-save-summary]")).to_contain_text("All answers saved", timeout=30_000)
    assert page.get_by_text("Model answer").count() == 0, "no model answer while the mock runs"
    page.reload()
    expect(cards.nth(0).locator("textarea")).to_have_value(ANSWERS[0])
    expect(cards.nth(3).locator("textarea")).to_have_value("")
    screenshot(page, "recruiter-screen-section")

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Hand in this section").click()
    expect(page.get_by_role("button", name="Hand in this section")).to_have_count(0)  # the hand-in has landed
    deadline = time.monotonic() + WAIT_SECONDS
    while not _graded(page):
        assert time.monotonic() < deadline, "the mock was never graded"
        time.sleep(1)
    written = page.locator("article.written-answer")
    expect(written).to_have_count(4)
    expect(page.locator("details.model-answer")).to_have_count(4)
    expect(page.get_by_text("3 answers await a recruiter's review", exact=False)).to_be_visible()
    expect(page.get_by_text("You left this question blank.")).to_be_visible()
    for text in ANSWERS:
        expect(page.locator(".answer-text", has_text=text)).to_be_visible()
    screenshot(page, "recruiter-screen-feedback")

    first = written.filter(has_text=ANSWERS[0])
    selects = first.locator("select")
    for index in range(selects.count()):
        options = selects.nth(index).locator("option:not([disabled])")
        selects.nth(index).select_option(options.nth(options.count() - 1).get_attribute("value"))
    first.get_by_role("button", name="Save my self-check").click()
    expect(page.get_by_text("Self-check saved", exact=False)).to_be_visible()
    first = page.locator("article.written-answer", has_text=ANSWERS[0])
    expect(first.locator(".badge", has_text="self-checked")).to_be_visible()
    expect(first.get_by_role("button", name="Update my self-check")).to_be_visible()
    overall = page.locator(".signal", has_text="Overall")
    expect(overall).to_contain_text("25")  # one of four answers, full marks by the self-check
    screenshot(page, "recruiter-screen-self-check")

    page.get_by_role("link", name="Back to mock interviews").click()
    row = page.locator("tr", has_text="Mock recruiter screen")
    expect(row).to_contain_text("25 / 100")
    expect(page.locator("svg.chart polyline").first).to_be_attached()
    expect(page.locator(".legend")).to_contain_text("communication.")
    screenshot(page, "recruiter-screen-history")
