"""Bad input gets one clear sentence and loses nothing; a double click makes one submission."""

import io
import json
import re

import pytest

from tests.webapp.conftest import PASSWORD, Users, app_config
from tests.webapp.helpers import PROBLEM, quiz_item
from webapp.extensions import db
from webapp.models import Draft, Submission

pytestmark = pytest.mark.both_databases


def _count(app, **filters):
    with app.app_context():
        return db.session.scalar(db.select(db.func.count()).select_from(Submission).filter_by(**filters))


def test_code_over_the_size_limit_is_refused_naming_the_limit(client, app, candidate):
    huge = "x = 1\n" * 20_000
    response = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": huge})
    assert response.status_code == 413
    assert "over the limit of 65536 bytes" in response.get_json()["error"]
    run = client.post(f"/practice/{PROBLEM}/run", json={"language": "python", "source": huge})
    assert run.status_code == 413 and _count(app) == 0


def test_an_upload_over_the_request_limit_is_413_with_the_limit(make_app, users):
    app = make_app(MAX_CONTENT_LENGTH=100 * 1024)
    client = app.test_client()
    _, email = users.__class__(app).make()
    client.post("/login", data={"email": email, "password": "correct horse battery"})
    big = io.BytesIO(b"{" + b" " * (200 * 1024) + b"}")
    response = client.post("/practice/tabular-churn/submit", data={"notebook": (big, "big.ipynb")},
                           headers={"X-Requested-With": "fetch"}, content_type="multipart/form-data")
    assert response.status_code == 413 and "limit of 100 KB" in response.get_json()["error"]


def test_a_notebook_that_is_not_json_is_refused(client, app, candidate):
    response = client.post("/practice/tabular-churn/submit", headers={"X-Requested-With": "fetch"},
                           data={"notebook": (io.BytesIO(b"print('not a notebook')"), "x.ipynb")},
                           content_type="multipart/form-data")
    assert response.status_code == 422 and "not a notebook" in response.get_json()["error"]
    missing = client.post("/practice/tabular-churn/submit", headers={"X-Requested-With": "fetch"},
                          data={}, content_type="multipart/form-data")
    assert missing.status_code == 422 and "Choose your notebook" in missing.get_json()["error"]
    assert _count(app) == 0


def test_a_language_the_question_does_not_allow_and_an_unknown_question(client, app, candidate):
    response = client.post(f"/practice/{PROBLEM}/submit", json={"language": "ruby", "source": "puts 1"})
    assert response.status_code == 422 and "not 'ruby'" in response.get_json()["error"]
    assert client.post("/practice/no-such-problem/submit", json={"language": "python", "source": "1"}).status_code == 404
    assert client.get("/practice/no-such-problem").status_code == 404
    empty = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": "   \n"})
    assert empty.status_code == 422 and "empty" in empty.get_json()["error"]
    assert _count(app) == 0


def test_the_same_form_posted_twice_makes_one_submission(client, app, candidate):
    item_id, private = quiz_item(app, "single_choice")
    first = client.post(f"/practice/{item_id}/submit", json={"answer": private["answer"], "client_token": "abc"})
    second = client.post(f"/practice/{item_id}/submit", json={"answer": private["answer"], "client_token": "abc"})
    assert first.get_json()["id"] == second.get_json()["id"]
    assert first.get_json()["created"] is True and second.get_json()["created"] is False
    assert _count(app) == 1
    client.post(f"/practice/{item_id}/submit", json={"answer": private["answer"], "client_token": "other"})
    assert _count(app) == 2


def test_an_expired_session_keeps_the_draft_and_says_so(client, app, candidate, auth):
    client.post(f"/practice/{PROBLEM}/draft", json={"language": "python", "source": "# before"})
    auth.logout()
    response = client.post(f"/practice/{PROBLEM}/draft", json={"language": "python", "source": "# typed after"},
                           headers={"X-Requested-With": "fetch"})
    assert response.status_code == 401
    assert "sign in again" in response.get_json()["error"] and "kept" in response.get_json()["error"]
    with app.app_context():
        assert db.session.scalar(db.select(Draft.source)) == "# before", "nothing saved is lost"


def test_a_submission_while_the_engine_is_down_stays_queued_and_says_grading_is_delayed(client, app, candidate,
                                                                                        engine_down):
    with engine_down():
        response = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": "print(4)"})
        data = json.loads(client.get(f"/submissions/{response.get_json()['id']}/status").data)
    assert data["status"] == "queued" and "Grading is delayed" in data["delay_reason"]
    with app.app_context():
        submission = db.session.get(Submission, data["id"])
        assert submission.results == [] and submission.tries == 0, "nothing is charged to the candidate"
    page = client.get(f"/submissions/{data['id']}").get_data(as_text=True)
    assert "Grading is delayed" in page


@pytest.mark.docker
def test_a_delayed_submission_is_graded_once_the_engine_is_back(client, app, candidate, engine_down, runner_image):
    with engine_down():
        response = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": "print(4)"})
    from webapp.services.grading import sweep
    with app.app_context():
        assert sweep(force=True) == 1
        submission = db.session.get(Submission, response.get_json()["id"])
        assert submission.status == "graded" and submission.result.verdict == "WA"
        assert submission.delay_reason == ""


def _csrf_token(client, path):
    return re.search(r'name="csrf-token" content="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


def test_a_session_ending_while_typing_is_told_to_sign_in_again_not_about_tokens(csrf_app):
    client = csrf_app.test_client()
    _, email = Users(csrf_app).make()
    client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": _csrf_token(client, "/login")})
    headers = {"X-CSRFToken": _csrf_token(client, f"/practice/{PROBLEM}"), "X-Requested-With": "fetch"}
    draft = {"language": "python", "source": "# before"}
    assert client.post(f"/practice/{PROBLEM}/draft", json=draft, headers=headers).status_code == 200
    client.delete_cookie("session")
    response = client.post(f"/practice/{PROBLEM}/draft", json={**draft, "source": "# after"}, headers=headers)
    assert response.status_code == 401
    assert "sign in again" in response.get_json()["error"] and "kept" in response.get_json()["error"]
    form = client.post("/logout", headers={"Accept": "text/html"})
    assert form.status_code == 400 and "reload it" in form.get_data(as_text=True)
    with csrf_app.app_context():
        assert db.session.scalar(db.select(Draft.source)) == "# before"
