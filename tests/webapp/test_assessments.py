"""Vetting assessments under exam rules that hold on the server, and mock interviews with their feedback."""

import json
import threading
from datetime import timedelta

import pytest

from tests.webapp.conftest import PASSWORD
from webapp import clock
from webapp.extensions import db
from webapp.models import Attempt, AttemptItem, AttemptSection, IntegrityEvent, Invite
from webapp.models.base import utcnow

pytestmark = pytest.mark.both_databases
BLUEPRINT = "vetting-intern-ml-engineer"


@pytest.fixture
def fake_clock():
    """``fake_clock.advance(minutes=...)`` moves the server's clock (no sleeping); restored afterwards."""
    class Fake:
        def __init__(self):
            self.now = utcnow()

        def __call__(self):
            return self.now

        def advance(self, **delta):
            self.now += timedelta(**delta)
    fake = Fake()
    clock.set_clock(fake)
    yield fake
    clock.set_clock(None)


@pytest.fixture
def recruiter(users):
    """A recruiter's (id, email)."""
    return users.make("recruiter")


@pytest.fixture
def invite(app, client, recruiter, token):
    """A link invite to the intern ML-engineer vetting blueprint: its token."""
    response = client.post("/api/v1/invites", headers=token(recruiter[1]), json={"blueprint_id": BLUEPRINT})
    assert response.status_code == 201
    return response.get_json()["token"]


def _start(client, invite_token):
    response = client.post(f"/invite/{invite_token}/start")
    assert response.status_code == 303
    return int(response.headers["Location"].rsplit("/", 1)[1])


def _items(app, attempt_id, kind):
    with app.app_context():
        return [i.question_id for i in db.session.scalars(db.select(AttemptItem).filter_by(
            attempt_id=attempt_id, kind=kind).order_by(AttemptItem.id))]


def _choice_item(app, attempt_id):
    """The first single-choice question of the attempt."""
    from webapp.models import Question
    with app.app_context():
        return next(q for q in _items(app, attempt_id, "quiz") if db.session.get(Question, q).type == "single_choice")


def _private(app, question_id):
    from webapp.models import Question
    with app.app_context():
        return db.session.get(Question, question_id).current_version.private


def _section_minutes(app, attempt_id, section_id):
    """The time limit the attempt's section was given (quiz sections add up their items' estimates)."""
    with app.app_context():
        return db.session.scalar(db.select(AttemptSection.minutes).filter_by(attempt_id=attempt_id,
                                                                            section_id=section_id))


def test_an_invite_shows_what_the_assessment_holds_and_starts_once(app, client, candidate, invite):
    page = client.get(f"/invite/{invite}").get_data(as_text=True)
    assert "Vetting assessment" in page and "Coding problems" in page and "60 minutes" in page
    assert "72 hours" in page and "Start the assessment" in page
    first = _start(client, invite)
    assert _start(client, invite) == first, "the same invite never gives a second attempt"
    with app.app_context():
        attempt = db.session.get(Attempt, first)
        form = json.dumps(attempt.form, sort_keys=True)
        assert [s.section_id for s in attempt.sections] == ["coding", "ml-fundamentals", "takehome", "written"]
        assert [len(s.items) for s in attempt.sections] == [2, 20, 1, 1], "each section holds its blueprint's count"
    client.get(f"/attempts/{first}")
    with app.app_context():
        assert json.dumps(db.session.get(Attempt, first).form, sort_keys=True) == form, "a reload never redraws"
    assert "Continue your attempt" in client.get(f"/invite/{invite}").get_data(as_text=True)


def test_two_tabs_starting_at_once_make_one_attempt(app, users, invite):
    _, email = users.make()
    from webapp.services.accounts import find_user
    from webapp.services.attempts import start_vetting
    from webapp.services.invites import usable_invite
    results, barrier = [], threading.Barrier(2)

    def tab():
        with app.app_context():
            user = find_user(email)
            found = usable_invite(invite, user)
            barrier.wait()
            attempt, _ = start_vetting(user, found)
            results.append(attempt.id)
            db.session.remove()
    threads = [threading.Thread(target=tab) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2 and results[0] == results[1]
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Attempt)) == 1


def test_an_expired_or_someone_elses_invite_is_refused_clearly(app, client, candidate, recruiter, token, fake_clock):
    made = client.post("/api/v1/invites", headers=token(recruiter[1]),
                       json={"blueprint_id": BLUEPRINT, "email": "someone.else@example.com"}).get_json()
    response = client.get(f"/invite/{made['token']}")
    assert response.status_code == 403 and "This invitation is for someone.else@example.com" in response.get_data(
        as_text=True)
    link = client.post("/api/v1/invites", headers=token(recruiter[1]), json={"blueprint_id": BLUEPRINT}).get_json()
    fake_clock.advance(days=15)
    expired = client.get(f"/invite/{link['token']}")
    assert expired.status_code == 410 and "expired on" in expired.get_data(as_text=True)
    assert client.post(f"/invite/{link['token']}/start").status_code == 410
    assert client.get("/invite/not-a-token").status_code == 404


def test_a_save_after_the_deadline_is_refused_and_the_saved_work_is_graded(app, client, candidate, invite, fake_clock):
    attempt_id = _start(client, invite)
    quiz = _items(app, attempt_id, "quiz")
    client.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    first = _choice_item(app, attempt_id)
    second = next(q for q in quiz if q != first)
    key = _private(app, first)["answer"]
    assert client.put(f"/attempts/{attempt_id}/answers/{first}", json={"answer": key}).status_code == 200
    fake_clock.advance(minutes=_section_minutes(app, attempt_id, "ml-fundamentals") + 1)
    late = client.put(f"/attempts/{attempt_id}/answers/{second}", json={"answer": "a"})
    assert late.status_code == 409 and "The time for" in late.get_json()["error"]
    changed = client.put(f"/attempts/{attempt_id}/answers/{first}", json={"answer": "b" if key != "b" else "c"})
    assert changed.status_code == 409
    with app.app_context():
        item = db.session.scalar(db.select(AttemptItem).filter_by(attempt_id=attempt_id, question_id=first))
        assert item.answer == key, "what was saved before the deadline is kept"
    fake_clock.advance(days=15)  # no other section was started: the attempt closes by itself
    from webapp.services.attempts import sweep_attempts
    with app.app_context():
        assert sweep_attempts() == 1
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.status == "graded"
        quiz_section = next(s for s in attempt.sections if s.kind == "quiz")
        assert quiz_section.score == 5.0, "1 of 20 questions right"
        final = db.session.scalar(db.select(AttemptItem).filter_by(attempt_id=attempt_id, question_id=first))
        assert final.final_submission_id is not None
    summary = client.get(f"/attempts/{attempt_id}").get_data(as_text=True)
    assert "Overall" in summary and "not answered" in summary


def test_a_section_must_be_started_and_a_malformed_answer_is_422(client, app, candidate, invite):
    attempt_id = _start(client, invite)
    question = _items(app, attempt_id, "quiz")[0]
    early = client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": "a"})
    assert early.status_code == 409 and "Start the section" in early.get_json()["error"]
    client.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    bad = client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": {"x": 1}})
    assert bad.status_code == 422 and bad.get_json()["error"]
    assert client.put(f"/attempts/{attempt_id}/answers/not-in-it", json={"answer": "a"}).status_code == 404


def test_autosaved_answers_survive_a_server_restart(settings, app, client, candidate, invite):
    attempt_id = _start(client, invite)
    question = _choice_item(app, attempt_id)
    client.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    assert client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": "c"}).status_code == 200
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    from webapp import create_app
    restarted = create_app(settings)
    again = restarted.test_client()
    again.post("/login", data={"email": candidate[1], "password": PASSWORD})
    page = again.get(f"/attempts/{attempt_id}/sections/ml-fundamentals").get_data(as_text=True)
    assert f'data-storage-key="attempt:{attempt_id}:{question}"' in page
    block = page.split(f'data-storage-key="attempt:{attempt_id}:{question}"')[1].split("</form>")[0]
    assert 'value="c" checked' in block
    with restarted.app_context():
        db.session.remove()
        db.engine.dispose()


def test_vetting_shows_no_quiz_feedback_and_only_a_coding_summary(app, client, candidate, invite, runner_image):
    attempt_id = _start(client, invite)
    client.post(f"/attempts/{attempt_id}/sections/coding/start")
    problem = _items(app, attempt_id, "coding")[0]
    ran = client.post(f"/attempts/{attempt_id}/run/{problem}", json={"language": "python", "source": "print(1)"})
    assert ran.status_code == 200 and all(r["name"].startswith("sample") for r in ran.get_json()["runs"])
    made = client.post(f"/attempts/{attempt_id}/submit/{problem}", json={"language": "python", "source": "print(1)"})
    status = client.get(made.get_json()["status_url"]).get_json()
    assert status["status"] == "graded"
    assert [t["name"] for t in status["result"]["tests"]] == ["hidden"], "a summary, no sample or hidden detail"
    client.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    question = _choice_item(app, attempt_id)
    client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": "a"})
    client.post(f"/attempts/{attempt_id}/finish")
    private = _private(app, question)
    summary = client.get(f"/attempts/{attempt_id}").get_data(as_text=True)
    for secret in (private["explanation"][:40], "the correct option is"):
        assert secret not in summary
    with app.app_context():
        final = db.session.scalar(db.select(AttemptItem).filter_by(attempt_id=attempt_id, question_id=question))
        submission_id = final.final_submission_id
    view = client.get(f"/submissions/{submission_id}/status").get_json()["result"]
    assert "explanation" not in view and "message" not in view


def test_integrity_is_recorded_for_reviewers_only(app, client, candidate, invite, recruiter, users):
    attempt_id = _start(client, invite)
    client.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    question = _choice_item(app, attempt_id)
    client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": "a"},
               environ_base={"REMOTE_ADDR": "127.0.0.7"})
    events = [{"kind": "paste", "question_id": question, "size": 250}, {"kind": "blur"},
              {"kind": "time", "question_id": question, "size": 90_000}, {"kind": "bogus"}]
    assert client.post(f"/attempts/{attempt_id}/events", json={"events": events}).get_json() == {"kept": 3}
    with app.app_context():
        kinds = [e.kind for e in db.session.scalars(db.select(IntegrityEvent).filter_by(attempt_id=attempt_id))]
        assert sorted(kinds) == ["blur", "paste", "save", "time"]
    assert client.get(f"/assess/attempts/{attempt_id}").status_code == 403, "candidates do not see reviews"
    staff = app.test_client()
    staff.post("/login", data={"email": recruiter[1], "password": PASSWORD})
    review = staff.get(f"/assess/attempts/{attempt_id}").get_data(as_text=True)
    assert "1 paste(s), 250 characters pasted" in review and "127.0.0.7" in review and "1 min 30 s" in review
    other = app.test_client()
    other.post("/login", data={"email": users.make("recruiter")[1], "password": PASSWORD})
    assert other.get(f"/assess/attempts/{attempt_id}").status_code == 404, "only the inviting recruiter"


def test_a_candidate_never_sees_another_candidates_attempt(app, client, candidate, invite, users):
    attempt_id = _start(client, invite)
    stranger = app.test_client()
    stranger.post("/login", data={"email": users.make()[1], "password": PASSWORD})
    for path in (f"/attempts/{attempt_id}", f"/attempts/{attempt_id}/sections/coding"):
        assert stranger.get(path).status_code == 404
    assert stranger.put(f"/attempts/{attempt_id}/answers/x", json={"answer": "a"}).status_code == 404
    assert stranger.post(f"/attempts/{attempt_id}/finish").status_code == 404


def test_the_recruiter_sees_the_attempt_and_the_candidates_vetted_signals(app, client, candidate, invite, recruiter,
                                                                          token):
    attempt_id = _start(client, invite)
    client.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    for question in _items(app, attempt_id, "quiz")[:3]:
        client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": _private(app, question).get(
            "answer") if isinstance(_private(app, question).get("answer"), str) else "1"})
    client.post(f"/attempts/{attempt_id}/finish")
    data = client.get(f"/api/v1/attempts/{attempt_id}", headers=token(candidate[1])).get_json()
    assert data["status"] == "graded" and all(s["score"] is not None for s in data["sections"])
    signals = client.get(f"/api/v1/candidates/{candidate[0]}/signals", headers=token(recruiter[1])).get_json()
    assert signals["vetted"] and all(e["submission_id"] for s in signals["vetted"] for e in s["evidence"])
    assert signals["practice"] == [], "vetting counts as vetted, apart from practice"
    staff = app.test_client()
    staff.post("/login", data={"email": recruiter[1], "password": PASSWORD})
    listing = staff.get("/assess").get_data(as_text=True)
    assert f"/assess/attempts/{attempt_id}" in listing


def test_recomputing_signals_from_stored_results_gives_the_same_signals(app, client, candidate, invite):
    attempt_id = _start(client, invite)
    client.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    for question in _items(app, attempt_id, "quiz")[:4]:
        client.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": "1"})
    client.post(f"/attempts/{attempt_id}/finish")
    from webapp.services import signals
    with app.app_context():
        before = {scope: [signals.to_json(r) for r in rows] for scope, rows in signals.stored(candidate[0]).items()}
        signals.recompute(candidate[0])
        after = {scope: [signals.to_json(r) for r in rows] for scope, rows in signals.stored(candidate[0]).items()}
    strip = lambda data: {k: [{**r, "computed_at": None} for r in v] for k, v in data.items()}  # noqa: E731
    assert strip(before) == strip(after) and before["vetted"]


def test_a_mock_interview_gives_full_feedback_a_history_and_a_progress_chart(app, client, candidate):
    response = client.post("/mock/mock-ml-fundamentals/start")
    attempt_id = int(response.headers["Location"].rsplit("/", 1)[1])
    client.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    questions = _items(app, attempt_id, "quiz")
    for question in questions[:5]:
        answer = _private(app, question).get("answer")
        client.put(f"/attempts/{attempt_id}/answers/{question}",
                   json={"answer": answer if isinstance(answer, (str, list)) else "0"})
    client.post(f"/attempts/{attempt_id}/finish")
    summary = client.get(f"/attempts/{attempt_id}").get_data(as_text=True)
    assert "Full feedback" in summary
    with app.app_context():
        final = db.session.scalar(db.select(AttemptItem).filter_by(attempt_id=attempt_id, question_id=questions[0]))
        submission_id = final.final_submission_id
    view = client.get(f"/submissions/{submission_id}/status").get_json()["result"]
    assert "explanation" in view, "a graded mock shows the full feedback"
    page = client.get("/mock").get_data(as_text=True)
    assert f"/attempts/{attempt_id}" in page and "<svg" in page and "polyline" in page
    assert "Practise next" in page
