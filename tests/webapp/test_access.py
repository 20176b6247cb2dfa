"""Who may open what: every page and API call against anonymous, the owner, another candidate, staff.

The rules live in webapp/access.py; this matrix is their test.  ``S`` is the owner's
submission, ``C`` the owner's candidate page.  A recruiter sees a candidate's work only
when the candidate shared their profile.
"""

import pytest

from tests.webapp.helpers import quiz_item

pytestmark = pytest.mark.both_databases

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
          "/review/submissions/S/override": {RECRUITER: 422}, "/submissions/S/self-check": {RECRUITER: 403}}
#: Writes: path -> (JSON body, status per viewer).  A page form sent JSON answers 422 to whoever may use it.
WRITES = {
    "/practice/arr-balance-point/draft": ({"language": "python", "source": "x"},
                                          {ANON: 401, OWNER: 200, OTHER: 200, RECRUITER: 200, ADMIN: 200}),
    "/api/v1/submissions/S/override": ({"score": 0, "reason": "check"},
                                       {ANON: 401, OWNER: 404, OTHER: 404, RECRUITER: 404, ADMIN: 200}),
    "/review/submissions/S/override": ({"score": 0, "reason": "check"},
                                       {ANON: 401, OWNER: 403, OTHER: 403, RECRUITER: 404, ADMIN: 422}),
    "/submissions/S/self-check": ({}, {ANON: 401, OWNER: 422, OTHER: 404, RECRUITER: 404, ADMIN: 403}),
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


# --- Match Day: roles belong to their recruiter (admins all); a candidate sees only their own matches -----------

OTHER_RECRUITER = "other recruiter"
ROLE_BODY = {"title": "ML intern", "company": "Acme", "track": "ml-engineering", "level": "intern", "remote": True,
             "salary_min": 30, "salary_max": 50, "currency": "EUR", "skills": {"evaluation.classification-metrics": 0}}
DECISION = {"decision": "confirm", "note": "Strong evidence."}
ANSWER = {"answer": "accept"}
ROLE_PAGE = {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 200, OTHER_RECRUITER: 404, ADMIN: 200}
ROLE_CALL = {ANON: 401, OWNER: 403, OTHER: 403, RECRUITER: 200, OTHER_RECRUITER: 404, ADMIN: 200}
#: (method, path, body) and the status per viewer; {R} is the recruiter's role, {C} the matched candidate (the
#: owner, whose profile is shared) and {M} their confirmed match.  Page forms are posted as form data.  The
#: answers come last: once the candidate has answered, the decision stands (409).
MATCHING = [
    ("GET", "/roles", None, {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 200, OTHER_RECRUITER: 200, ADMIN: 200}),
    ("GET", "/roles/new", None, {ANON: LOGIN, OWNER: 403, OTHER: 403, RECRUITER: 200, OTHER_RECRUITER: 200,
                                 ADMIN: 200}),
    ("GET", "/roles/{R}", None, ROLE_PAGE),
    ("GET", "/roles/{R}?tab=left-out", None, ROLE_PAGE),
    ("GET", "/roles/{R}/edit", None, ROLE_PAGE),
    ("GET", "/roles/{R}/fairness", None, ROLE_PAGE),
    ("POST", "/roles/{R}/matches/{C}", DECISION, {**ROLE_PAGE, RECRUITER: 303, ADMIN: 303}),
    ("GET", "/matches", None, {ANON: LOGIN, OWNER: 200, OTHER: 200, RECRUITER: 403, OTHER_RECRUITER: 403,
                               ADMIN: 403}),
    ("GET", "/api/v1/roles", None, {ANON: 401, OWNER: 403, OTHER: 403, RECRUITER: 200, OTHER_RECRUITER: 200,
                                    ADMIN: 200}),
    ("POST", "/api/v1/roles", ROLE_BODY, {ANON: 401, OWNER: 403, OTHER: 403, RECRUITER: 201, OTHER_RECRUITER: 201,
                                          ADMIN: 201}),
    ("GET", "/api/v1/roles/{R}", None, ROLE_CALL),
    ("PUT", "/api/v1/roles/{R}", ROLE_BODY, ROLE_CALL),
    ("GET", "/api/v1/roles/{R}/matches", None, ROLE_CALL),
    ("GET", "/api/v1/roles/{R}/fairness", None, ROLE_CALL),
    ("POST", "/api/v1/roles/{R}/matches/{C}", DECISION, ROLE_CALL),
    ("GET", "/api/v1/matches", None, {ANON: 401, OWNER: 200, OTHER: 200, RECRUITER: 403, OTHER_RECRUITER: 403,
                                      ADMIN: 403}),
    ("POST", "/api/v1/matches/{M}/answer", ANSWER, {ANON: 401, OWNER: 200, OTHER: 404, RECRUITER: 403,
                                                    OTHER_RECRUITER: 403, ADMIN: 403}),
    ("POST", "/matches/{M}/answer", ANSWER, {ANON: LOGIN, OWNER: 303, OTHER: 404, RECRUITER: 403,
                                             OTHER_RECRUITER: 403, ADMIN: 403}),
]


@pytest.fixture
def matching_world(app, client, users, token):
    """The owner with a vetted signal and a shared profile, the recruiter's role confirming them, every viewer."""
    from tests.webapp.test_matching import give_vetted
    owner_id, owner = users.make(shared=True)
    give_vetted(app, owner_id, {"evaluation.classification-metrics": 80})
    emails = {OWNER: owner, OTHER: users.make()[1], RECRUITER: users.make("recruiter")[1],
              OTHER_RECRUITER: users.make("recruiter")[1], ADMIN: users.make("admin")[1]}
    headers = token(emails[RECRUITER])
    role = client.post("/api/v1/roles", json=ROLE_BODY, headers=headers).get_json()["id"]
    assert client.post(f"/api/v1/roles/{role}/matches/{owner_id}", json=DECISION, headers=headers).status_code == 200
    match = client.get("/api/v1/matches", headers=token(owner)).get_json()["items"][0]["id"]
    return {"emails": emails, "ids": {"R": role, "C": owner_id, "M": match}}


def _matching_visit(app, world, viewer, method, path, body):
    client, token = _session(app, world, viewer)
    path = path.format(**world["ids"])
    if path.startswith("/api/"):
        response = client.open(path, method=method, json=body, headers=token)
    else:
        response = client.open(path, method=method, data=body)
    if response.status_code == 302 and "/login" in response.headers["Location"]:
        return LOGIN
    return response.status_code


def test_the_matching_access_matrix(app, matching_world, token):
    wrong = {}
    for method, path, body, statuses in MATCHING:
        for viewer, expected in statuses.items():
            found = _matching_visit(app, matching_world, viewer, method, path, body)
            if found != expected:
                wrong[(method, path, viewer)] = (found, expected)
    assert wrong == {}, "(method, path, viewer): (got, expected)"
    seen = _session(app, matching_world, OTHER)[0].get("/api/v1/matches", headers=token(matching_world["emails"][OTHER]))
    assert seen.get_json()["items"] == [], "another candidate never sees the owner's match"
