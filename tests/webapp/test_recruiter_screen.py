"""The mock recruiter screen: written answers under the stage's time limit, then the model answers, the rubric,
the candidate's self-check, the history of past mocks and the progress per skill."""

import re

import pytest

from tests.webapp.conftest import PASSWORD
from tests.webapp.test_assessments import fake_clock  # noqa: F401  (the fixture)
from webapp.extensions import db
from webapp.models import Attempt, AttemptItem, Question

pytestmark = pytest.mark.both_databases
BLUEPRINT = "mock-recruiter-screen"
STAGE_SKILLS = {"communication.motivation", "communication.project-story", "communication.explaining-trade-offs",
                "communication.behavioural"}
ANSWER = "I want this role because I built a fraud model in my internship.\nSecond line of my answer."


def _start(client):
    response = client.post(f"/mock/{BLUEPRINT}/start")
    assert response.status_code == 303
    return int(response.headers["Location"].rsplit("/", 1)[1])


def _questions(app, attempt_id):
    """(question id, private data) of each item of the attempt, in order."""
    with app.app_context():
        items = db.session.scalars(db.select(AttemptItem).filter_by(attempt_id=attempt_id).order_by(AttemptItem.id))
        return [(i.question_id, dict(db.session.get(Question, i.question_id).current_version.private)) for i in items]


def _final(app, attempt_id, question_id):
    with app.app_context():
        return db.session.scalar(db.select(AttemptItem).filter_by(attempt_id=attempt_id, question_id=question_id)
                                 ).final_submission_id


def _secrets(private):
    """Texts a candidate must not see before the mock ends: the end of the model answer's first line (plain words,
    whatever Markdown it starts with) and each rubric criterion."""
    line = private["model_answer"].strip().splitlines()[0]
    return [" ".join(line.split()[-6:])] + [c["criterion"] for c in private["rubric"]]


def _unescape(html):
    return html.replace("&#39;", "'").replace("&#34;", '"').replace("&quot;", '"').replace("&amp;", "&")


def test_the_recruiter_screen_is_the_first_mock_stage_with_its_time_limit(client, candidate):
    page = client.get("/mock").get_data(as_text=True)
    assert "Mock recruiter screen" in page
    assert "Recruiter screen: 4 × written questions, 30 minutes" in page
    assert page.index("Mock recruiter screen") < page.index("Mock coding interview"), "the stage candidates meet first"


def test_a_recruiter_screen_mock_is_answered_in_writing_under_its_time_limit_then_fully_fed_back(
        app, client, candidate, token, fake_clock):  # noqa: F811
    attempt_id = _start(client)
    questions = _questions(app, attempt_id)
    assert len(questions) == 4
    with app.app_context():
        skills = {s for q, _ in questions for s in db.session.get(Question, q).skills}
    assert skills == STAGE_SKILLS, "one question per skill of the screen"
    assert all(private["type"] == "free_text" for _, private in questions)

    client.post(f"/attempts/{attempt_id}/sections/screen/start")
    section = _unescape(client.get(f"/attempts/{attempt_id}/sections/screen").get_data(as_text=True))
    assert section.count("<textarea") == 4 and "Time left" in section
    api = client.get(f"/api/v1/attempts/{attempt_id}", headers=token(candidate[1])).get_data(as_text=True)
    for _, private in questions:
        for secret in _secrets(private):
            assert secret not in section and secret not in _unescape(api), "no model answer or rubric while it runs"

    for index, (question, _) in enumerate(questions[:3]):
        saved = client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": f"{ANSWER} ({index})"})
        assert saved.status_code == 200
    fake_clock.advance(minutes=31)
    late = client.put(f"/attempts/{attempt_id}/answers/{questions[3][0]}", json={"answer": "too late"})
    assert late.status_code == 409 and "has ended" in late.get_json()["error"], "its only section ran out: it closed"

    summary = _unescape(client.get(f"/attempts/{attempt_id}").get_data(as_text=True))  # closes by itself
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.status == "graded" and attempt.score == 0.0, "written answers count 0 until scored"
    assert "3 answers await a recruiter's review" in summary and "You can score your written answers" in summary
    for index, (question, private) in enumerate(questions[:3]):
        for secret in _secrets(private):
            assert secret in summary, "after the mock: the model answer and the rubric of each answer"
        assert f"Second line of my answer. ({index})" in summary
    assert summary.count("Save my self-check") == 3 and "You left this question blank." in summary
    assert _final(app, attempt_id, questions[3][0]) is None, "the late answer was never saved"

    first, private = questions[0]
    submission_id = _final(app, attempt_id, first)
    points = {f"points-{i}": str(c["points"] if i == 0 else 0) for i, c in enumerate(private["rubric"])}
    checked = client.post(f"/submissions/{submission_id}/self-check", data={**points, "back": "summary"})
    assert checked.status_code == 303
    assert checked.headers["Location"].endswith(f"/attempts/{attempt_id}#written-{submission_id}")
    total = sum(c["points"] for c in private["rubric"])
    status = client.get(f"/submissions/{submission_id}/status").get_json()
    assert (status["score"], status["max_score"]) == (private["rubric"][0]["points"], total)
    assert status["result"]["status"] == "graded" and "self-check" in status["result"]["message"]
    with app.app_context():
        expected = round(100 * private["rubric"][0]["points"] / total / 4, 1)
        assert db.session.get(Attempt, attempt_id).score == expected, "the self-check counts in the mock's score"
    summary = client.get(f"/attempts/{attempt_id}").get_data(as_text=True)
    assert "self-checked" in summary and summary.count("Save my self-check") == 2
    assert "Update my self-check" in summary

    history = client.get("/mock").get_data(as_text=True)
    row = re.search(rf'href="/attempts/{attempt_id}">Mock recruiter screen</a>.*?</tr>', history, re.S)
    assert row and f"{expected:.0f} / 100" in row.group(0), "the mock is in the history with its score"
    assert "polyline" in history and private_skill(app, first) in history, "the skill is on the progress chart"
    signals = client.get(f"/api/v1/candidates/{candidate[0]}/signals", headers=token(candidate[1])).get_json()
    practice = {s["skill"]: s for s in signals["practice"]}
    assert practice[private_skill(app, first)]["score"] == round(100 * private["rubric"][0]["points"] / total, 1)
    assert signals["vetted"] == [], "a mock is practice, never vetted"


def private_skill(app, question_id):
    """The (single) skill of a recruiter-screen question."""
    with app.app_context():
        return db.session.get(Question, question_id).skills[0]


def test_a_self_check_is_refused_for_bad_points_and_never_overwrites_a_recruiters_review(app, client, candidate,
                                                                                        users):
    attempt_id = _start(client)
    questions = _questions(app, attempt_id)
    client.post(f"/attempts/{attempt_id}/sections/screen/start")
    for question, _ in questions[:2]:
        client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": ANSWER})
    client.post(f"/attempts/{attempt_id}/finish")
    first, second = (_final(app, attempt_id, q) for q, _ in questions[:2])
    rubric = questions[0][1]["rubric"]

    too_many = {f"points-{i}": str(c["points"] + 1) for i, c in enumerate(rubric)}
    bad = client.post(f"/submissions/{first}/self-check", data=too_many)
    assert bad.status_code == 422 and "must be from 0 to" in bad.get_data(as_text=True)
    other = app.test_client()
    other.post("/login", data={"email": users.make()[1], "password": PASSWORD})
    assert other.post(f"/submissions/{first}/self-check", data={"points-0": "0"}).status_code == 404

    admin = app.test_client()
    admin.post("/login", data={"email": users.make("admin")[1], "password": PASSWORD})
    scores = {f"points-{i}": str(c["points"]) for i, c in enumerate(questions[1][1]["rubric"])}
    assert admin.post(f"/review/submissions/{second}/rubric", data=scores).status_code == 303
    mine = {f"points-{i}": "0" for i, _ in enumerate(questions[1][1]["rubric"])}
    refused = client.post(f"/submissions/{second}/self-check", data=mine)
    assert refused.status_code == 409 and "their scores stand" in refused.get_data(as_text=True)
    assert client.get(f"/submissions/{second}/status").get_json()["result"]["status"] == "graded"
    page = client.get(f"/submissions/{second}").get_data(as_text=True)
    assert "A recruiter scored this answer" in page and "Save my self-check" not in page

    scores = {f"points-{i}": "1" for i, _ in enumerate(rubric)}
    assert client.post(f"/submissions/{first}/self-check", data=scores).status_code == 303
    admin.post("/review/blind")
    review = admin.get(f"/review/submissions/{first}").get_data(as_text=True)
    with app.app_context():
        from webapp.models import User
        name = db.session.get(User, candidate[0]).display_name
    assert "self-check" in review and "(the candidate)" in review
    assert name not in review, "blind review never names the candidate, even as the self-check's author"


def test_a_vetting_written_answer_shows_no_rubric_and_cannot_be_self_checked(app, client, candidate, token, users):
    recruiter = users.make("recruiter")
    invite = client.post("/api/v1/invites", headers=token(recruiter[1]),
                         json={"blueprint_id": "vetting-intern-ml-engineer"}).get_json()["token"]
    attempt_id = int(client.post(f"/invite/{invite}/start").headers["Location"].rsplit("/", 1)[1])
    client.post(f"/attempts/{attempt_id}/sections/written/start")
    question, private = next((q, p) for q, p in _questions(app, attempt_id) if p.get("type") == "free_text")
    client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": ANSWER})
    client.post(f"/attempts/{attempt_id}/finish")
    submission_id = _final(app, attempt_id, question)
    summary = _unescape(client.get(f"/attempts/{attempt_id}").get_data(as_text=True))
    page = _unescape(client.get(f"/submissions/{submission_id}").get_data(as_text=True))
    for secret in _secrets(private):
        assert secret not in summary and secret not in page, "vetting keeps its rubric and model answers private"
    refused = client.post(f"/submissions/{submission_id}/self-check", data={"points-0": "0"})
    assert refused.status_code == 403
