"""Sign up, sign in, sign out; passwords hashed; CSRF on every form; security headers on every page."""

import re

import pytest

from tests.webapp.conftest import PASSWORD
from webapp.extensions import db
from webapp.models import User

pytestmark = pytest.mark.both_databases


def test_sign_up_signs_in_and_creates_a_candidate_with_a_hashed_password(client, app):
    response = client.post("/signup", data={"name": "Ada", "email": "Ada@Example.com", "password": PASSWORD,
                                            "confirm": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"].endswith("/practice")
    assert client.get("/practice").status_code == 200
    with app.app_context():
        user = db.session.scalar(db.select(User).filter_by(email="ada@example.com"))
        assert user.role == "candidate" and user.profile is not None
        assert user.password_hash.startswith("scrypt:") and PASSWORD not in user.password_hash


@pytest.mark.parametrize("data, message", [
    ({"email": "not-an-email", "password": PASSWORD, "confirm": PASSWORD}, "is not a valid email address"),
    ({"email": "a@example.com", "password": "short", "confirm": "short"}, "at least 10 characters"),
    ({"email": "a@example.com", "password": PASSWORD, "confirm": "different one"}, "The passwords differ"),
])
def test_sign_up_mistakes_get_a_sentence_and_keep_what_was_typed(client, data, message):
    response = client.post("/signup", data={"name": "Kept Name", **data})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert 'value="Kept Name"' in response.get_data(as_text=True)


def test_an_email_is_used_once(client, users):
    _, email = users.make()
    response = client.post("/signup", data={"email": email.upper(), "password": PASSWORD, "confirm": PASSWORD})
    assert response.status_code == 422 and "already exists" in response.get_data(as_text=True)


def test_sign_in_and_out(client, users, auth):
    _, email = users.make()
    assert auth.login(email, "wrong password").status_code == 401
    assert client.get("/practice").status_code == 302
    assert auth.login(email).headers["Location"].endswith("/practice")
    assert client.get("/practice").status_code == 200
    auth.logout()
    assert client.get("/practice").headers["Location"].startswith("/login")


def test_sign_in_never_redirects_off_site(client, users):
    _, email = users.make()
    response = client.post("/login?next=https://evil.example/steal", data={"email": email, "password": PASSWORD})
    assert response.headers["Location"] == "/practice"
    response = client.post("/login?next=/profile", data={"email": email, "password": PASSWORD})
    assert response.headers["Location"] == "/profile"


def test_forms_need_the_csrf_token(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    refused = client.post("/signup", data={"email": "c@example.com", "password": PASSWORD, "confirm": PASSWORD})
    assert refused.status_code == 400
    page = client.get("/signup").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    accepted = client.post("/signup", data={"email": "c@example.com", "password": PASSWORD, "confirm": PASSWORD,
                                            "csrf_token": token})
    assert accepted.status_code == 302
    assert client.post("/logout").status_code == 400, "signing out is a form too"


def test_pages_carry_security_headers_and_a_content_security_policy(client):
    response = client.get("/login")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert nonce != re.search(r"'nonce-([^']+)'", client.get("/login").headers["Content-Security-Policy"]).group(1)


def test_the_session_cookie_is_http_only(client, users, auth):
    _, email = users.make()
    cookie = auth.login(email).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
