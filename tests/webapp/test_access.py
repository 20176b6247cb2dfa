"""Who may open what: every page and API call against anonymous, the owner, another candidate, staff.

The rules live in webapp/access.py; this matrix is their test.  ``S`` is the owner's
submission, ``C`` the owner's candidate page.  A recruiter sees a candidate's work only
when the candidate shared their profile.
"""

import pytest

from tests.webapp.helpers import quiz_item

ANON, OWNER, OTHER, RECRUITER, ADMIN = "anonymous", "owner", "other", "recruiter", "admin"
LOGIN = "login"
#: path -> status per viewer (LOGIN: redirected to sign in) when the owner's profile is private.
PAGES = {
    "/": {ANON: 200, OWNER: 302, OTHER: 302, RECRUITER: 302, ADMIN: 302},
    "/practice": {ANON: LOGIN, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200},
    "/practice/arr-balance-point": {ANON: LOGIN, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200},
    "/practice/tabular-churn/starter.zip": {ANON: LOGIN, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200},
    "/submissions": {ANON: LOGIN, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200},
    "/submissions/S": {ANON: LOGIN, OWNER: 200, OTHER: 404, RECRUITER: 404, ADMIN: 200},
    "/submissions/S/status": {ANON: LOGIN, OWNER: 200, OTHER: 404, RECRUITER: 404, ADMIN: 200},
    "/submissions/S/fragment": {ANON: LOGIN, OWNER: 200, OTHER: 404, RECRUITER: 404, ADMIN: 200},
    "/profile": {ANON: LOGIN, OWNER: 200, OTHER: 200, RECRUITER: 403, ADMIN: 403},
    "/profile/edit": {ANON: LOGIN, OWNER: 200, OTHER: 200, RECRUITER: 403, ADMIN: 403},
    "/candidates/C": {ANON: LOGIN, OWNER: 200, OTHER: 404, RECRUITER: 404, ADMIN: 200},
    "/api/v1/questions": {ANON: 401, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200},
    "/api/v1/submissions/S": {ANON: 401, OWNER: 200, OTHER: 404, RECRUITER: 404, ADMIN: 200},
    "/api/v1/submissions": {ANON: 401, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200},
    "/api/v1/candidates/C/signals": {ANON: 401, OWNER: 200, OTHER: 404, RECRUITER: 404, ADMIN: 200},
    "/mock": {ANON: LOGIN, OWNER: 200, OTHER: 200, RECRUITER: 403, ADMIN: 403},
    "/assess": {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 200, ADMIN: 200},
    "/candidates": {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 200, ADMIN: 200},
    "/candidates/export.csv": {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 200, ADMIN: 200},
    "/candidates/C/export.json": {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 404, ADMIN: 200},
    "/review/submissions/S": {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 404, ADMIN: 200},
    "/review/queue": {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 200, ADMIN: 200},
    "/review/similar": {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 200, ADMIN: 200},
    "/admin/questions/arr-balance-point/rejudge": {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 403, ADMIN: 200},
    "/api/v1/candidates": {ANON: 401, OWNER: 403, OTHER: 403, RECRUITER: 200, ADMIN: 200},
    "/api/v1/submissions/S/audit": {ANON: 401, OWNER: 404, OTHER: 404, RECRUITER: 404, ADMIN: 200},
    "/api/v1/blueprints": {ANON: 401, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200},
}
#: What changes once the owner shares their profile.
SHARED = {"/submissions/S": {RECRUITER: 200}, "/submissions/S/status": {RECRUITER: 200},
          "/submissions/S/fragment": {RECRUITER: 200}, "/candidates/C": {RECRUITER: 200},
          "/api/v1/submissions/S": {RECRUITER: 200}, "/api/v1/candidates/C/signals": {RECRUITER: 200},
          "/candidates/C/export.json": {RECRUITER: 200}, "/review/submissions/S": {RECRUITER: 200},
          "/api/v1/submissions/S/audit": {RECRUITER: 200}, "/api/v1/submissions/S/override": {RECRUITER: 200},
          "/review/submissions/S/override": {RECRUITER: 422}}
#: Writes: path -> (JSON body, status per viewer).  A page form sent JSON answers 422 to whoever may use it.
WRITES = {
    "/practice/arr-balance-point/draft": ({"language": "python", "source": "x"},
                                          {ANON: 401, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200}),
    "/api/v1/submissions/S/override": ({"score": 0, "reason": "check"},
                                       {ANON: 401, OWNER: 404, OTHER: 404, RECRUITER: 404, ADMIN: 200}),
    "/review/submissions/S/override": ({"score": 0, "reason": "check"},
                                       {ANON: 401, OWNER: 403, OTHER: 403, RECRUITER: 404, ADMIN: 422}),
}


@pytest.fixture
def world(app, client, users, token):
    """The owner with one submission, the other viewers, and how to act as each."""
    owner_id, owner = users.make()
    item_id, private = quiz_item(app, "single_choice")
    submission = client.post("/api/v1/submissions", headers=token(owner),
                             json={"question_id": item_id, "answer": private["answer"]}).get_json()["id"]
    emails = {OWNER: owner, OTHER: users.make()[1], RECRUITER: users.make("recruiter")[1],
              ADMIN: users.make("admin")[1]}
    return {"owner_id": owner_id, "submission": submission, "emails": emails}


def _session(app, world, viewer):
    """A client signed in as ``viewer`` (made once) and the API token's header."""
    sessions = world.setdefault("sessions", {})
    if viewer not in sessions:
        client, headers = app.test_client(), {}
        if viewer != ANON:
            client.post("/login", data={"email": world["emails"][viewer], "password": "correct horse battery"})
            from webapp.services.accounts import create_token, find_user
            with app.app_context():
                headers["Authorization"] = f"Bearer {create_token(find_user(world['emails'][viewer]))}"
        sessions[viewer] = (client, headers)
    return sessions[viewer]


def _visit(app, world, viewer, path, method="GET", body=None):
    client, token = _session(app, world, viewer)
    headers = {"X-Requested-With": "fetch"} if body is not None else {}
    if path.startswith("/api/"):
        headers.update(token)
    path = path.replace("/S", f"/{world['submission']}").replace("/C", f"/{world['owner_id']}")
    response = client.open(path, method=method, json=body, headers=headers)
    if response.status_code == 302 and "/login" in response.headers["Location"]:
        return LOGIN
    return response.status_code


@pytest.mark.parametrize("shared", [False, True], ids=["private", "shared"])
def test_the_access_matrix(app, world, shared):
    if shared:
        from webapp.extensions import db
        from webapp.models import User
        with app.app_context():
            db.session.get(User, world["owner_id"]).profile.shared = True
            db.session.commit()
    found, expected = {}, {}
    for path, statuses in PAGES.items():
        for viewer, status in statuses.items():
            expected[(path, viewer)] = SHARED.get(path, {}).get(viewer, status) if shared else status
            found[(path, viewer)] = _visit(app, world, viewer, path)
    for path, (body, statuses) in WRITES.items():
        for viewer, status in statuses.items():
            expected[(path, viewer)] = SHARED.get(path, {}).get(viewer, status) if shared else status
            found[(path, viewer)] = _visit(app, world, viewer, path, "POST", body)
    wrong = {key: (found[key], expected[key]) for key in expected if found[key] != expected[key]}
    assert wrong == {}, "(path, viewer): (got, expected)"
