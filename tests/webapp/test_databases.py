"""What PostgreSQL refuses and SQLite takes: both databases answer alike (``webapp/database.py``).

Each test runs on SQLite and on a throwaway PostgreSQL cluster whose time zone is not UTC.
"""

import pytest
from sqlalchemy import text

from tests.webapp.helpers import PROBLEM, quiz_item
from webapp.extensions import db
from webapp.models import Draft, Result, Submission, User

pytestmark = pytest.mark.both_databases
BEYOND_INTEGER = 2**31


def test_nul_characters_never_reach_the_database(client, app, candidate):
    assert client.get("/practice?q=bal%00ance").status_code == 200
    assert client.get(f"/practice/{PROBLEM}%00x").status_code == 404
    saved = client.post(f"/practice/{PROBLEM}/draft", json={"language": "python", "source": "print(1)\x00\n"})
    assert saved.status_code == 200
    client.post("/logout")
    signed_up = client.post("/signup", data={"name": "N\x00ul", "email": "nul@example.com",
                                             "password": "correct horse battery", "confirm": "correct horse battery"})
    assert signed_up.status_code == 302
    with app.app_context():
        assert db.session.scalar(db.select(Draft.source)) == "print(1)\n"
        assert db.session.scalar(db.select(User.name).filter_by(email="nul@example.com")) == "Nul"


def test_ids_and_pages_beyond_the_database_integers_are_not_found(client, candidate, users, token):
    assert client.get(f"/submissions/{BEYOND_INTEGER}").status_code == 404
    assert client.get(f"/submissions/{BEYOND_INTEGER}/status").status_code == 404
    assert client.get(f"/practice?page={10**20}").status_code == 200
    _, recruiter = users.make("recruiter")
    headers = token(recruiter)
    assert client.get(f"/api/v1/submissions/{BEYOND_INTEGER}", headers=headers).status_code == 404
    assert client.get(f"/api/v1/candidates/{BEYOND_INTEGER}/signals", headers=headers).status_code == 404
    response = client.get(f"/api/v1/questions?page={10**20}", headers=headers)
    assert response.status_code == 422 and response.get_json()["error"].startswith("Field 'page':")


def test_a_bad_client_token_or_a_non_finite_number_is_refused_in_a_sentence(client, app, candidate):
    for client_token in ("x" * 65, 7):
        response = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": "print(1)",
                                                                    "client_token": client_token})
        assert response.status_code == 422 and "client_token" in response.get_json()["error"]
    item_id, _ = quiz_item(app, "numeric")
    response = client.post(f"/practice/{item_id}/submit", data='{"answer": NaN}', content_type="application/json")
    assert response.status_code == 422 and "finite number" in response.get_json()["error"]
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Submission)) == 0


def test_times_come_back_in_utc_and_non_finite_numbers_as_null(client, app, users, token):
    _, email = users.make()
    item_id, private = quiz_item(app, "single_choice")
    headers = token(email)
    created = client.post("/api/v1/submissions", headers=headers, json={"question_id": item_id,
                                                                        "answer": private["answer"]}).get_json()
    data = client.get(f"/api/v1/submissions/{created['id']}", headers=headers).get_json()
    assert data["created_at"].endswith("+00:00") and data["graded_at"].endswith("+00:00")
    with app.app_context():
        result = db.session.scalar(db.select(Result))
        result.detail = {**result.detail, "spread": float("nan"), "worst": [float("-inf")]}
        db.session.commit()
        db.session.expire_all()
        detail = db.session.scalar(db.select(Result)).detail
        assert detail["spread"] is None and detail["worst"] == [None]


def test_a_failed_statement_still_gets_the_error_page(make_app, users):
    app = make_app(TESTING=False)
    app.add_url_rule("/broken", "broken", lambda: str(db.session.execute(text("SELECT * FROM nowhere")).all()))
    _, email = users.__class__(app).make()
    client = app.test_client()
    client.post("/login", data={"email": email, "password": "correct horse battery"})
    response = client.get("/broken")
    assert response.status_code == 500 and "Something went wrong on our side" in response.get_data(as_text=True)
    assert client.get("/practice").status_code == 200


def test_every_page_of_the_question_list_holds_each_question_once(client, users, token):
    _, email = users.make()
    headers = token(email)
    first = client.get("/api/v1/questions?per_page=37", headers=headers).get_json()
    seen = [q["id"] for page in range(1, first["pages"] + 1)
            for q in client.get(f"/api/v1/questions?per_page=37&page={page}", headers=headers).get_json()["items"]]
    assert len(seen) == len(set(seen)) == first["total"]


def test_a_plain_postgresql_url_uses_the_installed_driver(make_app, database_url):
    plain = database_url.replace("postgresql+psycopg://", "postgresql://")
    app = make_app(DATABASE_URL=plain)
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 0
        assert db.engine.url.drivername == ("sqlite" if plain.startswith("sqlite") else "postgresql+psycopg")
