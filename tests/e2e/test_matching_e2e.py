"""Match Day in a real browser: a recruiter describes a role, confirms a match; the candidate sees it and accepts.

The server is `vetkit serve` (gunicorn and a real grading worker) on a temporary instance,
started by tests/webapp/serving.py.  The candidate earns vetted signals by taking the
recruiter's assessment through the API (the worker grades it); everything else happens in
Debian's chromium, driven by Playwright.  Screenshots go to tests/artifacts/matching/.
"""

import json
import time
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS
from tests.webapp.conftest import PASSWORD, app_config
from tests.webapp.serving import serving

ARTIFACTS = Path(__file__).parents[1] / "artifacts" / "matching"
BLUEPRINT = "vetting-intern-ml-engineer"
GRADING_WAIT_SECONDS = 180
"""Longest wait for the worker to grade the attempt (a deadline to stop waiting, not an assertion on time)."""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(base URL, an app on the same database for setting up accounts) of a running `vetkit serve`."""
    root = tmp_path_factory.mktemp("matchday-e2e")
    with open(root / "serve.log", "w") as log, serving(root, log=log, VETKIT_DEMO_ACCOUNTS="false") as (url, _):
        from webapp import create_app
        yield url, create_app(app_config(root, HUEY_IMMEDIATE=False))


def _accounts(app):
    """A recruiter and a candidate (remote from Lisbon, summer, 40 EUR an hour), and their API headers."""
    from webapp.extensions import db
    from webapp.services.accounts import create_token, create_user
    with app.app_context():
        recruiter = create_user("riley@example.com", PASSWORD, role="recruiter", name="Riley Recruiter")
        candidate = create_user("casey@example.com", PASSWORD, name="Casey Candidate")
        profile = candidate.profile
        profile.timezone, profile.location, profile.formats = "Europe/Lisbon", "Lisbon, Portugal", ["summer"]
        profile.salary_hourly, profile.currency = 40.0, "EUR"
        db.session.commit()
        headers = {user.email: {"Authorization": f"Bearer {create_token(user)}"} for user in (recruiter, candidate)}
        return candidate.id, headers["riley@example.com"], headers["casey@example.com"]


def _keys(app, question_ids):
    """question id -> the key of each single-answer quiz item among ``question_ids``."""
    from webapp.extensions import db
    from webapp.models import Question
    with app.app_context():
        private = {q: db.session.get(Question, q).current_version.private for q in question_ids}
    return {q: data["answer"] for q, data in private.items() if isinstance(data.get("answer"), str)}


def _call(url, headers, body=None, method=None):
    """The JSON answer of an API call (an HTTP error fails the test with its sentence)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method or ("POST" if data else "GET"),
                                     headers={**headers, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _take_assessment(base, app, recruiter, candidate):
    """The candidate answers the quiz items of the recruiter's invite rightly; the worker grades the attempt."""
    invite = _call(f"{base}/api/v1/invites", recruiter, {"blueprint_id": BLUEPRINT})
    attempt = _call(f"{base}/api/v1/attempts", candidate, {"invite_token": invite["token"]})
    quiz = [i["question_id"] for s in attempt["sections"] if s["kind"] == "quiz" for i in s["items"]]
    for question, key in list(_keys(app, quiz).items())[:8]:
        _call(f"{base}/api/v1/attempts/{attempt['id']}/answers/{question}", candidate, {"answer": key}, "PUT")
    _call(f"{base}/api/v1/attempts/{attempt['id']}/finish", candidate, {})
    deadline = time.monotonic() + GRADING_WAIT_SECONDS
    while _call(f"{base}/api/v1/attempts/{attempt['id']}", candidate)["status"] != "graded":
        assert time.monotonic() < deadline, "the worker never graded the attempt"
        time.sleep(1)


def _shoot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _sign_in(page, base, email):
    page.context.clear_cookies()
    page.goto(f"{base}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def _describe_role(page, base, skills):
    """Fill the new-role form (first with a reversed salary range, then right)."""
    page.goto(f"{base}/roles")
    page.click("text=New role")
    page.fill("#title", "ML intern, search ranking")
    page.fill("#company", "Acme AI")
    page.check("#remote")
    page.fill("#timezones", "Europe")
    page.check("input[name=formats][value=summer]")
    page.select_option("#currency", "EUR")
    for row, skill in enumerate(skills):
        page.select_option(f"#skills-{row}-skill", skill)
        page.fill(f"#skills-{row}-min_score", "50")
    page.fill("#salary_min", "55")
    page.fill("#salary_max", "35")
    page.click("main button[type=submit]")
    assert page.locator("text=The salary maximum (35) is below the minimum (55).").is_visible()
    _shoot(page, "01-role-form-mistake")
    page.fill("#salary_min", "30")
    page.fill("#salary_max", "50")
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def test_a_recruiter_confirms_a_match_and_the_candidate_accepts(served, playwright_driver):
    base, app = served
    candidate_id, recruiter, candidate = _accounts(app)
    _take_assessment(base, app, recruiter, candidate)
    vetted = _call(f"{base}/api/v1/candidates/{candidate_id}/signals", recruiter)["vetted"]
    skills = [s["skill"] for s in sorted(vetted, key=lambda s: -(s["score"] or 0)) if (s["score"] or 0) >= 50][:2]
    assert skills, "right answers give vetted signals"
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    _sign_in(page, base, "riley@example.com")
    _describe_role(page, base, skills)
    assert len(errors) == 1 and "422" in errors.pop(), "the form mistake answers 422 (and nothing else fails)"
    card = page.locator(f"#candidate-{candidate_id}")
    assert card.locator("text=Casey Candidate").is_visible() and card.locator("text=Meets every minimum").is_visible()
    assert card.locator("a[href^='/submissions/']").count() >= len(skills), "each skill links its evidence"
    _shoot(page, "02-role-with-a-proposed-match")
    card.locator("textarea").fill("Right answers on every needed skill; the salary fits.")
    card.locator("button:has-text('Confirm the match')").click()
    page.wait_for_load_state()
    assert page.locator("text=Casey Candidate: match confirmed.").is_visible()
    page.click("a:has-text('Fairness report')")
    assert page.locator("td:has-text('Europe')").is_visible()
    _shoot(page, "03-fairness-report")

    _sign_in(page, base, "casey@example.com")
    page.click("nav >> text=Matches")
    assert page.locator("text=ML intern, search ranking").is_visible()
    assert page.locator("text=30.00–50.00 EUR").is_visible()
    assert page.locator("text=Right answers on every needed skill").count() == 0, "the note stays internal"
    _shoot(page, "04-candidate-matches")
    page.click("button:has-text('Accept the introduction')")
    page.wait_for_load_state()
    assert page.locator("text=You accepted the introduction to Acme AI").is_visible()
    _shoot(page, "05-candidate-accepted")

    _sign_in(page, base, "riley@example.com")
    page.click("nav >> text=Roles")
    page.click("text=ML intern, search ranking")
    page.click("a:has-text('Confirmed')")
    assert page.locator("text=introduction accepted").is_visible()
    assert page.locator("a[href='mailto:casey@example.com']").is_visible()
    _shoot(page, "06-recruiter-sees-the-answer")
    browser.close()
    assert errors == []
