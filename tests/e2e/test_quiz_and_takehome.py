"""A quiz answered with immediate feedback, and a take-home downloaded, uploaded and graded."""

import zipfile

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import screenshot, wait_for_verdict
from tests.webapp.helpers import reference_notebook

pytestmark = pytest.mark.docker
QUIZ_ITEM = "evaluation-classification-metrics-005"
TAKEHOME = "tabular-churn"
NOTEBOOK_WAIT_SECONDS = 480
"""Longest wait for a notebook's grade: its run may take the task's own 300 s limit on a busy engine, then a retry."""


def test_a_quiz_answer_gets_feedback_and_the_explanation(page, candidate):
    page.goto(f"/practice/{QUIZ_ITEM}")
    page.get_by_label("A model that predicts 'not fraud' for everything").check()
    page.get_by_role("button", name="Submit answer").click()
    feedback = page.locator("[data-feedback]")
    expect(feedback).to_contain_text("Correct", timeout=60_000)
    expect(feedback).to_contain_text("trivial majority-class predictor")
    expect(page.get_by_role("radio").first).to_be_disabled()
    expect(page.get_by_role("button", name="Answered")).to_be_disabled()
    screenshot(page, "quiz-feedback")


@pytest.mark.timeout(NOTEBOOK_WAIT_SECONDS + 120)
def test_a_take_home_is_downloaded_uploaded_and_graded(page, candidate, tmp_path):
    page.goto(f"/practice/{TAKEHOME}")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the starter zip").click()
    download.value.save_as(tmp_path / "starter.zip")
    with zipfile.ZipFile(tmp_path / "starter.zip") as archive:
        names = sorted(name.split("/", 1)[1] for name in archive.namelist())
    assert names == ["starter.ipynb", "statement.md", "test.csv", "train.csv"]
    notebook = tmp_path / "churn.ipynb"
    notebook.write_bytes(reference_notebook(TAKEHOME))
    page.get_by_label("Notebook (.ipynb)").set_input_files(notebook)
    page.get_by_role("button", name="Upload and grade").click()
    result = page.locator("[data-upload-result]")
    expect(wait_for_verdict(result, seconds=NOTEBOOK_WAIT_SECONDS)).to_have_text("Rubric awaiting review")
    expect(result.locator("table.steps")).to_contain_text("roc_auc")
    expect(result.get_by_text("pending review").first).to_be_visible()
    screenshot(page, "takehome-graded")
    page.get_by_role("link", name="Open submission").click()
    screenshot(page, "submission")
