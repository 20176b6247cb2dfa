"""Assessments and review in a real browser: a vetting attempt under its clock, a mock interview, a recruiter's review.

A module-scoped `vetkit serve` (gunicorn and a real grading worker) runs with the shipped
blueprints plus a short one (tests/files/blueprints-e2e), so that a one-minute quiz section
can run out during the test.  Accounts and graded work the scenarios start from are made
through the real app and API; everything a person does happens in Debian's chromium.
Screenshots go to tests/artifacts/assessments/.
"""

import io
import json
import shutil
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, LAPTOP, PASSWORD, editor_text, type_code
from tests.webapp.conftest import app_config
from tests.webapp.helpers import BANK, reference_notebook
from tests.webapp.serving import serving

pytestmark = pytest.mark.docker
ARTIFACTS = Path(__file__).parents[1] / "artifacts" / "assessments"
SHORT = "vetting-e2e-short"
WAIT_SECONDS = 300
"""Longest wait for the worker (a deadline to stop waiting, never an assertion on speed)."""
CODE = "import sys\nprint(len(sys.stdin.read().split()))"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(base URL, an app on the same database) of `vetkit serve` with the short blueprint added."""
    root = tmp_path_factory.mktemp("assessments-e2e")
    blueprints = root / "blueprints"
    shutil.copytree(Path(__file__).parents[2] / "assessments" / "blueprints", blueprints)
    shutil.copy(Path(__file__).parents[1] / "files" / "blueprints-e2e" / f"{SHORT}.yaml", blueprints)
    with open(root / "serve.log", "w") as log, serving(root, log=log, VETKIT_DEMO_ACCOUNTS="false",
                                                      VETKIT_BLUEPRINT_DIR=str(blueprints)) as (url, _):
        from webapp import create_app
        yield url, create_app(app_config(root, HUEY_IMMEDIATE=False, BLUEPRINT_DIR=str(blueprints)))
    assert "Traceback" not in (root / "serve.log").read_text(), f"the server logged an error: {root / 'serve.log'}"


@pytest.fixture(scope="module")
def browser(playwright_driver):
    """A headless chromium for this module."""
    launched = playwright_driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield launched
    launched.close()


@pytest.fixture
def pages(browser):
    """``pages()`` opens a fresh browser context's page (its own cookies); console errors fail the test."""
    contexts, errors = [], []

    def open_page():
        context = browser.new_context(viewport=LAPTOP)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
        page.on("dialog", lambda dialog: dialog.accept())
        return page
    yield open_page
    for context in contexts:
        context.close()
    assert [e for e in errors if "409" not in e] == [], "the browser console showed errors"


def _shoot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _user(app, email, role="candidate", **profile):
    from webapp.extensions import db
    from webapp.services.accounts import create_token, create_user
    with app.app_context():
        user = create_user(email, PASSWORD, role=role, name=email.split("@")[0].title())
        for key, value in profile.items():
            setattr(user.profile, key, value)
        db.session.commit()
        return user.id, {"Authorization": f"Bearer {create_token(user)}"}


def _sign_in(page, base, email):
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def _shows(page, text):
    """Reload ``page``; True when it shows ``text``."""
    page.reload()
    return page.get_by_text(text, exact=True).count() > 0


def _wait(check, what):
    deadline = time.monotonic() + WAIT_SECONDS
    while not check():
        assert time.monotonic() < deadline, f"{what} never happened"
        time.sleep(1)


def test_a_candidate_takes_a_vetting_assessment_under_its_clock(served, pages):
    base, app = served
    _user(app, "rae@example.com", role="recruiter")
    _user(app, "cam@example.com")
    recruiter = pages()
    _sign_in(recruiter, base, "rae@example.com")
    recruiter.get_by_role("link", name="Assessments").click()
    recruiter.get_by_label("Assessment").select_option(SHORT)
    recruiter.get_by_role("button", name="Create the invite").click()
    link = recruiter.locator("pre[data-copy]").inner_text().strip()
    _shoot(recruiter, "01-recruiter-invite")

    candidate = pages()
    _sign_in(candidate, base, "cam@example.com")
    candidate.goto(link)
    expect(candidate.get_by_text("Quick quiz")).to_be_visible()
    _shoot(candidate, "02-invite")
    candidate.get_by_role("button", name="Start the assessment").click()
    candidate.locator("form", has_text="Start this section").first.get_by_role("button").click()
    candidate.wait_for_selector(".cm-editor")
    type_code(candidate, CODE)
    expect(candidate.locator("[data-save-status]")).to_contain_text("Draft saved", timeout=30_000)
    candidate.reload()
    candidate.wait_for_selector(".cm-editor")
    assert editor_text(candidate).replace("\n", "") == CODE.replace("\n", ""), "the code is there after a reload"
    _shoot(candidate, "03-coding-section")

    candidate.get_by_role("link", name="Short ML engineer check").click()
    candidate.locator("form", has_text="Start this section").get_by_role("button").click()
    cards = candidate.locator("article.quiz-card")
    expect(cards).to_have_count(3)
    for index in range(2):
        cards.nth(index).locator("input[type=radio]").first.check()
    for index in range(2):  # both saves have answered before the reload (they run independently)
        expect(cards.nth(index).locator("[data-item-status]")).to_contain_text("Saved", timeout=30_000)
    candidate.reload()
    assert cards.nth(0).locator("input[type=radio]").first.is_checked(), "the answer is there after a reload"
    _shoot(candidate, "04-quiz-section")
    expect(candidate.get_by_text("That section is not open: it has closed.")).to_be_visible(timeout=150_000)
    expect(candidate.locator(".section-card", has_text="Quick quiz").get_by_text("2 answered")).to_be_visible()
    _shoot(candidate, "05-section-ran-out")
    candidate.get_by_role("button", name="Hand in the whole assessment").click()
    expect(candidate.get_by_role("button", name="Hand in the whole assessment")).to_have_count(0)  # landed
    _wait(lambda: _shows(candidate, "Overall"), "the attempt's grading")
    _shoot(candidate, "06-summary")
    expect(candidate.locator(".badge", has_text="not answered")).to_have_count(1)
    _shoot(candidate, "06-summary")

    recruiter.get_by_role("link", name="Assessments").click()
    recruiter.get_by_role("link", name="Cam").click()
    expect(recruiter.get_by_text("Integrity record")).to_be_visible()
    expect(recruiter.get_by_text("save(s) from")).to_be_visible()
    _shoot(recruiter, "07-recruiter-sees-the-attempt")


def test_a_mock_interview_gives_feedback_and_draws_progress(served, pages):
    base, app = served
    _user(app, "mo@example.com")
    page = pages()
    _sign_in(page, base, "mo@example.com")
    page.get_by_role("link", name="Mock interviews").click()
    _shoot(page, "08-mock-interviews-empty")
    page.locator(".panel", has_text="Mock ML-fundamentals interview").get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Start this section").click()
    cards = page.locator("article.quiz-card")
    for index in range(4):
        radios = cards.nth(index).locator("input[type=radio]")
        if radios.count():
            radios.first.check()
        else:
            text = cards.nth(index).locator("input[type=text], textarea")
            if text.count():
                text.first.fill("1")
    expect(page.locator("[data-save-summary]")).to_contain_text("All answers saved", timeout=30_000)
    page.get_by_role("button", name="Hand in this section").click()
    expect(page.get_by_text("Your answers are handed in and being graded.")).to_be_visible()
    _wait(lambda: _shows(page, "Overall"), "the mock's grading")
    expect(page.get_by_role("link", name="Full feedback").first).to_be_visible()
    _shoot(page, "09-mock-summary")
    page.get_by_role("link", name="Full feedback").first.click()
    expect(page.locator(".explanation")).to_be_visible()
    page.get_by_role("link", name="Mock interviews").click()
    expect(page.locator("svg.chart polyline").first).to_be_attached()
    expect(page.get_by_text("Practise next")).to_be_visible()
    _shoot(page, "10-mock-progress")


def _call(url, headers, body=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                     headers={**headers, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def _upload_notebook(url, headers):
    boundary = "vetkit-e2e-boundary"
    body = io.BytesIO()
    for name, value in (("question_id", b"tabular-churn"),):
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n".encode() + value + b"\r\n")
    body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"notebook\"; filename=\"solution.ipynb\"\r\n"
               "Content-Type: application/json\r\n\r\n".encode() + reference_notebook() + b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    request = urllib.request.Request(url, data=body.getvalue(), headers={
        **headers, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def test_a_recruiter_reviews_blind_grades_a_rubric_and_overrides_a_score(served, pages):
    base, app = served
    _, staff = _user(app, "riley@example.com", role="recruiter")
    candidate_id, candidate = _user(app, "kim@example.com", shared=True, formats=["summer"], salary_hourly=28.0,
                                    location="Oslo, Norway", timezone="Europe/Oslo")
    notebook = _upload_notebook(f"{base}/api/v1/submissions", candidate)
    quiz = _call(f"{base}/api/v1/submissions", candidate, {"question_id": "maths-probability-001", "answer": "0"})
    for made in (notebook, quiz):
        _wait(lambda: _call(f"{base}/api/v1/submissions/{made['id']}", candidate)["status"] == "graded", "grading")

    page = pages()
    _sign_in(page, base, "riley@example.com")
    page.get_by_role("link", name="Candidates").click()
    page.get_by_label("Location or time zone").fill("europe")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("link", name="Kim")).to_be_visible()
    page.get_by_role("button", name="Blind review: off").click()
    expect(page.get_by_role("link", name="Kim")).to_have_count(0)
    _shoot(page, "11-candidates-blind")
    page.locator("td a[href^='/candidates/']").first.click()
    assert "kim@example.com" not in page.content() and "Oslo" not in page.content()
    _shoot(page, "12-candidate-blind")

    page.goto(f"{base}/review/submissions/{notebook['id']}")
    expect(page.locator(".notebook")).to_contain_text("roc_auc")
    _shoot(page, "13-notebook-review")
    for field in page.locator("form[action$='/rubric'] input[type=number]").all():
        field.fill(field.get_attribute("max"))
    page.get_by_role("button", name="Save rubric scores").click()
    page.goto(f"{base}/review/submissions/{notebook['id']}")
    expect(page.locator("#audit")).to_contain_text("rubric")

    page.goto(f"{base}/review/submissions/{quiz['id']}")
    page.get_by_label("New score").fill("1")
    page.get_by_label("Reason").fill("The wording allows this answer.")
    page.get_by_role("button", name="Override").click()
    expect(page.locator("#audit")).to_contain_text("The wording allows this answer.")
    _shoot(page, "14-override-audited")
    signals = _call(f"{base}/api/v1/candidates/{candidate_id}/signals", staff)["practice"]
    assert any(e["submission_id"] == quiz["id"] and e["score"] == 1.0 for s in signals for e in s["evidence"])
    page.get_by_role("button", name="Blind review: on").click()
