"""The JSON API under /api/v1: the shapes docs/api.md promises, bearer tokens only, one-sentence errors."""

import io
from datetime import timedelta

import pytest

from tests.webapp.helpers import PROBLEM, hidden_test_count, quiz_item, reference, reference_notebook
from webapp.extensions import db

pytestmark = pytest.mark.both_databases
SUBMISSION_KEYS = {"id", "question_id", "status", "verdict", "score", "max_score", "tests", "created_at", "graded_at"}


@pytest.fixture
def api(client, users, token):
    """A candidate's authorised client: ``api.get(path)``, ``api.post(path, json=...)``."""
    _, email = users.make()
    headers = token(email)

    class Api:
        def get(self, path, **kw):
            return client.get(f"/api/v1{path}", headers=headers, **kw)

        def post(self, path, **kw):
            return client.post(f"/api/v1{path}", headers=headers, **kw)
    return Api()


def test_every_call_needs_a_bearer_token_and_ignores_the_session(client, users, auth):
    assert client.get("/api/v1/questions").status_code == 401
    assert client.get("/api/v1/questions", headers={"Authorization": "Bearer vk_wrong"}).status_code == 401
    _, email = users.make()
    auth.login(email)
    response = client.get("/api/v1/questions")
    assert response.status_code == 401 and "Authorization: Bearer" in response.get_json()["error"]


def test_a_token_records_its_last_use_to_the_minute(client, app, users, token):
    from webapp.models import ApiToken
    user_id, email = users.make()
    headers = token(email)

    def stored():
        return db.session.scalars(db.select(ApiToken).filter_by(user_id=user_id)).one()

    def last_used():
        with app.app_context():
            return stored().last_used_at
    assert client.get("/api/v1/questions", headers=headers).status_code == 200
    first = last_used()
    assert first is not None, "the first use is recorded"
    assert client.get("/api/v1/questions", headers=headers).status_code == 200
    assert last_used() == first, "a request within the minute writes nothing"
    with app.app_context():
        stored().last_used_at = first - timedelta(minutes=2)
        db.session.commit()
    assert client.get("/api/v1/questions", headers=headers).status_code == 200
    assert last_used() >= first, "a stale record is written again"


def test_questions_are_listed_with_filters_and_public_fields_only(api, app):
    data = api.get("/questions?type=coding&difficulty=easy").get_json()
    assert data["total"] >= 5 and all(q["type"] == "coding" and q["difficulty"] == "easy" for q in data["items"])
    assert set(data["items"][0]) == {"id", "type", "item_type", "title", "difficulty", "skills", "estimated_minutes"}
    graphs = api.get("/questions?skill=algorithms.graphs").get_json()["items"]
    assert graphs and all("algorithms.graphs" in q["skills"] for q in graphs)
    one = api.get(f"/questions/{PROBLEM}").get_json()
    assert one["id"] == PROBLEM and one["content"]["samples"] and "tests" in one["content"]
    item_id, private = quiz_item(app, "single_choice")
    quiz = api.get(f"/questions/{item_id}").get_json()["content"]
    assert set(quiz) == {"type", "prompt", "points", "options", "unit", "rounding"}
    assert private["explanation"][:40] not in str(quiz)
    missing = api.get("/questions/nope")
    assert missing.status_code == 404 and missing.get_json() == {
        "error": "There is no question 'nope'; pick one from the practice list.", "status": 404}


def test_malformed_requests_get_a_sentence(api):
    response = api.get("/questions?type=essay")
    assert response.status_code == 422 and response.get_json()["error"].startswith("Field 'type':")
    response = api.post("/submissions", json={"language": "python"})
    assert response.status_code == 422 and "question_id" in response.get_json()["error"]
    response = api.post("/runs", json={"question_id": PROBLEM, "language": "cobol", "source": "x"})
    assert response.status_code == 422 and "language" in response.get_json()["error"]


@pytest.mark.docker
def test_runs_answer_when_done(api, runner_image):
    data = api.post("/runs", json={"question_id": PROBLEM, "language": "python", "source": reference()}).get_json()
    assert data["verdict"] == "AC" and [r["verdict"] for r in data["runs"]] == ["AC", "AC", "AC"]
    custom = api.post("/runs", json={"question_id": PROBLEM, "language": "python", "source": "print(input())",
                                     "stdin": "echo\n"}).get_json()
    assert custom["runs"][0]["output"] == "echo\n" and custom["runs"][0]["expected"] is None


@pytest.mark.docker
def test_a_coding_submission_is_accepted_then_graded(api, runner_image):
    created = api.post("/submissions", json={"question_id": PROBLEM, "language": "python", "source": reference()})
    assert created.status_code == 202 and set(created.get_json()) == {"id", "status"}
    data = api.get(f"/submissions/{created.get_json()['id']}").get_json()
    assert SUBMISSION_KEYS <= set(data)
    assert data["status"] == "graded" and data["verdict"] == "AC" and data["score"] == data["max_score"] == 1.0
    count = hidden_test_count()
    assert data["tests"][-1] == {**data["tests"][-1], "name": "hidden", "passed": count, "total": count}
    listed = api.get("/submissions").get_json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == data["id"]


def test_a_quiz_answer_through_the_api(api, app):
    item_id, private = quiz_item(app, "multiple_choice")
    created = api.post("/submissions", json={"question_id": item_id, "answer": list(private["answer"])})
    data = api.get(f"/submissions/{created.get_json()['id']}").get_json()
    assert data["status"] == "graded" and data["verdict"] == "correct" and data["tests"] is None


def test_a_take_home_needs_multipart(api):
    response = api.post("/submissions", json={"question_id": "tabular-churn"})
    assert response.status_code == 422 and "multipart" in response.get_json()["error"]


@pytest.mark.docker
def test_a_take_home_notebook_through_the_api(api, runner_image):
    response = api.post("/submissions", data={"question_id": "tabular-churn",
                                              "notebook": (io.BytesIO(reference_notebook()), "solution.ipynb")},
                        content_type="multipart/form-data")
    assert response.status_code == 202
    data = api.get(f"/submissions/{response.get_json()['id']}").get_json()
    assert data["status"] == "graded" and data["verdict"] == "pending_rubric"
    assert data["result"]["rubric_pending"]


def test_a_candidate_sees_only_their_own_submissions(client, app, api, users, token):
    item_id, private = quiz_item(app, "single_choice")
    mine = api.post("/submissions", json={"question_id": item_id, "answer": private["answer"]}).get_json()["id"]
    _, other = users.make()
    response = client.get(f"/api/v1/submissions/{mine}", headers=token(other))
    assert response.status_code == 404
    assert client.get("/api/v1/submissions", headers=token(other)).get_json()["total"] == 0


def test_signals_are_for_recruiters_admins_and_the_candidate(client, app, users, token):
    candidate_id, candidate_email = users.make(shared=True)
    item_id, private = quiz_item(app, "single_choice")
    client.post("/api/v1/submissions", headers=token(candidate_email),
                json={"question_id": item_id, "answer": private["answer"]})
    _, recruiter = users.make("recruiter")
    data = client.get(f"/api/v1/candidates/{candidate_id}/signals", headers=token(recruiter)).get_json()
    assert data["candidate_id"] == candidate_id and data["vetted"] == []
    assert data["practice"][0]["score"] == 100.0 and data["practice"][0]["evidence"][0]["submission_id"]
    _, other = users.make()
    assert client.get(f"/api/v1/candidates/{candidate_id}/signals", headers=token(other)).status_code == 404
    assert client.get(f"/api/v1/candidates/{candidate_id}/signals", headers=token(candidate_email)).status_code == 200


def test_the_openapi_document_comes_from_the_code(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.") and spec["info"]["title"] == "vetkit"
    assert {"/api/v1/questions", "/api/v1/questions/{question_id}", "/api/v1/runs", "/api/v1/submissions",
            "/api/v1/submissions/{submission_id}", "/api/v1/candidates/{candidate_id}/signals"} <= set(spec["paths"])
    assert "bearerAuth" in spec["components"]["securitySchemes"]
