"""Match Day: roles, ranking by vetted evidence, filters, explanations, decisions, answers and the fairness report.

Signals come from graded vetting answers stored as submissions with results and turned into
signals by the real service (``webapp.services.signals.recompute``), or from a real attempt
at a recruiter's assessment; nothing is mocked.
"""

import dataclasses

import pytest
from sqlalchemy import event

from tests.webapp.conftest import PASSWORD
from webapp.extensions import db
from webapp.models import Match, Question, Result, Role, Submission, User
from webapp.services import signals

METRICS, PROB, TRANSFORMERS = "evaluation.classification-metrics", "maths.probability", "deep-learning.transformers"
ROLE = {"title": "ML intern, ranking", "company": "Acme AI", "track": "ml-engineering", "level": "intern",
        "remote": True, "timezones": ["Europe/"], "formats": ["summer"], "salary_min": 30, "salary_max": 50,
        "currency": "EUR", "skills": {METRICS: 60, PROB: 50}}
EUROPEAN = {"shared": True, "timezone": "Europe/Lisbon", "location": "Lisbon, Portugal", "formats": ["summer"],
            "salary_hourly": 40.0, "currency": "EUR"}
MATCH_KEYS = {"rank", "candidate_id", "score", "qualified", "explanation", "missing", "status", "note", "decided_by",
              "decided_at", "response", "responded_at"}


def give_vetted(app, user_id, scores, count=2, context="vetting"):
    """Graded vetting answers: per skill, ``count`` medium single-skill quiz items at ``percent``; signals recomputed.

    Returns skill -> the submission ids behind it.
    """
    made = {}
    with app.app_context():
        items = db.session.scalars(db.select(Question).filter_by(kind="quiz", difficulty="medium", active=True)
                                   .order_by(Question.id)).all()
        for skill, percent in scores.items():
            chosen = [q for q in items if q.skills == [skill]][:count]
            assert len(chosen) == count, f"the bank has {count} medium items on {skill} alone"
            for question in chosen:
                submission = Submission(user_id=user_id, question_id=question.id, version_id=question.current_version.id,
                                        kind="quiz", context=context, answer="a", status="graded", final=True)
                submission.results.append(Result(verdict="partial", score=percent / 100, max_score=1.0))
                db.session.add(submission)
                db.session.flush()
                made.setdefault(skill, []).append(submission.id)
        db.session.commit()
        signals.recompute(user_id)
    return made


def regrade(app, user_id, submission_ids, percent):
    """A reviewer's new current result for these submissions (the old ones stay), then signals recomputed."""
    with app.app_context():
        for submission_id in submission_ids:
            submission = db.session.get(Submission, submission_id)
            for result in submission.results:
                result.current = False
            submission.results.append(Result(verdict="partial", score=percent / 100, max_score=1.0, source="override"))
        db.session.commit()
        signals.recompute(user_id)


def candidate(app, users, scores=None, **profile):
    """A candidate (id, email) with a shared European profile (overridable) and vetted ``scores``."""
    user_id, email = users.make("candidate", **{**EUROPEAN, **profile})
    if scores:
        give_vetted(app, user_id, scores)
    return user_id, email


@pytest.fixture
def recruiter(users, token):
    """A recruiter: (id, email, API headers)."""
    user_id, email = users.make("recruiter")
    return user_id, email, token(email)


@pytest.fixture
def new_role(client, recruiter):
    """``new_role(**changes)``: a role created through the API (its JSON)."""
    def make(headers=None, **changes):
        response = client.post("/api/v1/roles", json={**ROLE, **changes}, headers=headers or recruiter[2])
        assert response.status_code == 201, response.get_json()
        return response.get_json()
    return make


def matches(client, headers, role_id, **query):
    """The role's matches through the API."""
    response = client.get(f"/api/v1/roles/{role_id}/matches", headers=headers, query_string=query)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_candidates_rank_by_vetted_evidence_with_the_submissions_behind_it(app, client, users, recruiter, new_role):
    strong = candidate(app, users, {METRICS: 90, PROB: 80})
    fair = candidate(app, users, {METRICS: 70, PROB: 60})
    short = candidate(app, users, {METRICS: 100, PROB: 45})
    practice_only = candidate(app, users)
    give_vetted(app, practice_only[0], {METRICS: 100, PROB: 100}, context="practice")
    lucky = candidate(app, users)
    lucky_ids = give_vetted(app, lucky[0], {METRICS: 90, PROB: 80}, count=1)
    role = new_role()
    data = matches(client, recruiter[2], role["id"])
    order = [m["candidate_id"] for m in data["items"]]
    assert order == [strong[0], fair[0], lucky[0], short[0]], "qualified first, evidence-weighted; practice never counts"
    assert [m["rank"] for m in data["items"]] == [1, 2, 3, 4] and data["counts"]["proposed"] == 4
    first = data["items"][0]
    assert set(first) == MATCH_KEYS and first["qualified"] is True and first["missing"] == []
    with app.app_context():
        stored = {s.skill: s for s in signals.stored(strong[0])["vetted"]}
    expected = round((stored[METRICS].score * stored[METRICS].confidence + stored[PROB].score * stored[PROB].confidence)
                     / 2, 1)
    assert first["score"] == pytest.approx(expected, abs=0.05)
    evidence = {e["skill"]: e["evidence"] for e in first["explanation"]}
    assert evidence[METRICS] == [e["submission_id"] for e in stored[METRICS].evidence]
    lucky_match = data["items"][2]
    assert {e["skill"]: e["evidence"] for e in lucky_match["explanation"]} == lucky_ids
    assert lucky_match["score"] < data["items"][1]["score"], "one answer per skill weighs less than two"
    below = data["items"][3]
    assert below["qualified"] is False and below["score"] > data["items"][1]["score"]
    assert [m["text"] for m in below["missing"]] == ["Probability: 45 is below the minimum 50."]
    assert "≥ 60" in below["explanation"][0]["text"] and "#" in below["explanation"][0]["text"]


def test_a_skill_without_vetted_evidence_is_missing(app, client, users, recruiter, new_role):
    half = candidate(app, users, {METRICS: 80})
    role = new_role(skills={METRICS: 60, PROB: 50, TRANSFORMERS: 0})
    [match] = matches(client, recruiter[2], role["id"])["items"]
    assert match["candidate_id"] == half[0] and match["qualified"] is False
    assert sorted(m["skill"] for m in match["missing"]) == [TRANSFORMERS, PROB]
    assert all(m["score"] is None and "no vetted evidence" in m["text"] for m in match["missing"])


def test_filters_leave_candidates_out_and_say_which(app, client, users, recruiter, new_role):
    good = {METRICS: 80, PROB: 70}
    kept = candidate(app, users, good)
    american = candidate(app, users, good, timezone="America/Chicago")
    no_zone = candidate(app, users, good, timezone="")
    coop = candidate(app, users, good, formats=["co-op"])
    any_format = candidate(app, users, good, formats=[])
    pricey = candidate(app, users, good, salary_hourly=60.0)
    modest = candidate(app, users, good, salary_hourly=20.0)
    dollars = candidate(app, users, good, salary_hourly=80.0, currency="USD")
    role = new_role()
    data = matches(client, recruiter[2], role["id"])
    assert sorted(m["candidate_id"] for m in data["items"]) == sorted([kept[0], any_format[0], modest[0], dollars[0]])
    note = next(m for m in data["items"] if m["candidate_id"] == dollars[0])["missing"]
    assert note == [{"kind": "filter", "filter": "salary", "passed": True,
                     "text": "Hourly target is 80.00 USD and the role pays EUR: not compared (no exchange rates); "
                             "check it with the candidate."}]
    left = matches(client, recruiter[2], role["id"], status="left_out")
    reasons = {m["candidate_id"]: [f["filter"] for f in m["missing"] if f["kind"] == "filter"] for m in left["items"]}
    assert reasons == {american[0]: ["timezone"], no_zone[0]: ["timezone"], coop[0]: ["format"],
                       pricey[0]: ["salary"]}
    assert data["counts"]["left_out"] == 4 and all(m["status"] == "left_out" and m["rank"] is None
                                                   for m in left["items"])
    texts = {m["candidate_id"]: m["missing"][-1]["text"] for m in left["items"]}
    assert texts[pricey[0]] == "Hourly target 60.00 EUR is above the range's maximum 50.00 EUR."
    assert texts[no_zone[0]] == "Declared no time zone; the role is remote within Europe/."


def test_an_on_site_role_matches_the_city(app, client, users, recruiter, new_role):
    good = {METRICS: 80, PROB: 70}
    here = candidate(app, users, good, location="lisbon, PT")
    accented = candidate(app, users, good, location="Lisbõa")
    elsewhere = candidate(app, users, good, location="Porto, Portugal")
    role = new_role(remote=False, timezones=[], location="Lisbon, Portugal")
    assert [m["candidate_id"] for m in matches(client, recruiter[2], role["id"])["items"]] == [here[0]]
    left = matches(client, recruiter[2], role["id"], status="left_out")["items"]
    assert sorted(m["candidate_id"] for m in left) == sorted([accented[0], elsewhere[0]])
    city = new_role(remote=False, timezones=[], location="Lisbõa")
    assert [m["candidate_id"] for m in matches(client, recruiter[2], city["id"])["items"]] == [accented[0]]


def _crawl_protected_fields(app, ids, seed):
    """Give every candidate other names, emails, headlines, write-ups, links and claimed skills."""
    with app.app_context():
        for index, user_id in enumerate(ids):
            user = db.session.get(User, user_id)
            user.name, user.email = f"Zed {seed}-{index}", f"other-{seed}-{index}@example.org"
            profile = user.profile
            profile.headline, profile.writeups = f"Stanford, age {20 + index}, she/her {seed}", f"# About me {seed}"
            profile.github_url, profile.portfolio_url = f"https://github.com/z{seed}{index}", "https://example.org"
            profile.claimed_skills = [METRICS] if index % 2 else []
        db.session.commit()


def test_protected_fields_change_no_ranking(app, client, users, recruiter, new_role):
    ids = [candidate(app, users, {METRICS: 60 + 7 * i % 40, PROB: 50 + 11 * i % 50})[0] for i in range(5)]
    role = new_role()
    before = matches(client, recruiter[2], role["id"])["items"]
    for seed in ("a", "b"):
        _crawl_protected_fields(app, list(reversed(ids)) if seed == "b" else ids, seed)
        assert matches(client, recruiter[2], role["id"])["items"] == before


def test_the_matcher_cannot_read_anything_but_job_related_facts(app, users, recruiter, new_role):
    from webapp.services import matches as stored_matches
    from webapp.services.matching import CandidateFacts
    assert {f.name for f in dataclasses.fields(CandidateFacts)} == {
        "candidate_id", "signals", "location", "timezone", "formats", "salary_hourly", "currency"}
    candidate(app, users, {METRICS: 80, PROB: 70})
    role = new_role()
    statements = []
    with app.app_context():
        stored_role = db.session.get(Role, role["id"])
        assert stored_role.recruiter.id == recruiter[0]  # the recruiter's own row is loaded first, not watched
        listen = lambda conn, cursor, statement, *args: statements.append(statement)  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listen)
        try:
            evaluation = stored_matches.evaluate(stored_role)
        finally:
            event.remove(db.engine, "before_cursor_execute", listen)
    assert len(evaluation.outcomes) == 1 and statements
    read = " ".join(statements)
    for column in ("users.name", "users.email", "headline", "writeups", "github_url", "portfolio_url",
                   "claimed_skills"):
        assert column not in read


def test_decisions_stick_when_matches_are_recomputed(app, client, users, recruiter, new_role):
    kept = candidate(app, users, {METRICS: 90, PROB: 80})
    leaving = candidate(app, users, {METRICS: 80, PROB: 70})
    dropped = candidate(app, users, {METRICS: 75, PROB: 70})
    role = new_role()
    matches(client, recruiter[2], role["id"])
    url = f"/api/v1/roles/{role['id']}/matches"
    confirmed = client.post(f"{url}/{kept[0]}", headers=recruiter[2],
                            json={"decision": "confirm", "note": "Strong metrics evidence."})
    assert confirmed.status_code == 200 and confirmed.get_json()["status"] == "confirmed"
    assert confirmed.get_json()["decided_by"] == recruiter[0] and confirmed.get_json()["decided_at"]
    client.post(f"{url}/{leaving[0]}", headers=recruiter[2], json={"decision": "reject", "note": "Not now."})
    with app.app_context():
        submission_ids = [s.id for s in db.session.scalars(db.select(Submission).filter_by(user_id=kept[0]))]
        for user_id in (leaving[0], dropped[0]):
            db.session.get(User, user_id).profile.salary_hourly = 99.0
        db.session.commit()
    regrade(app, kept[0], submission_ids, 70)
    data = {m["candidate_id"]: m for m in matches(client, recruiter[2], role["id"])["items"]}
    assert set(data) == {kept[0], leaving[0]}, "an undecided proposal that no longer fits goes"
    assert data[kept[0]]["status"] == "confirmed" and data[kept[0]]["note"] == "Strong metrics evidence."
    assert data[kept[0]]["explanation"][0]["score"] == 70.0, "the score follows the signals"
    assert data[leaving[0]]["status"] == "rejected" and data[leaving[0]]["missing"][-1]["filter"] == "salary"


def test_a_decision_needs_a_note_and_a_known_match(app, client, users, recruiter, new_role, token):
    person = candidate(app, users, {METRICS: 90, PROB: 80})
    stranger = users.make("candidate")
    role = new_role()
    url = f"/api/v1/roles/{role['id']}/matches"
    missing = client.post(f"{url}/{person[0]}", headers=recruiter[2], json={"decision": "confirm"})
    assert missing.status_code == 422 and missing.get_json()["error"] == (
        "Field 'note': Write a note saying why you confirm or reject this match.")
    blank = client.post(f"{url}/{person[0]}", headers=recruiter[2], json={"decision": "confirm", "note": "  "})
    assert blank.status_code == 422 and blank.get_json()["error"] == "Write a note saying why you confirm or reject this match."
    maybe = client.post(f"{url}/{person[0]}", headers=recruiter[2], json={"decision": "maybe", "note": "x"})
    assert maybe.status_code == 422 and maybe.get_json()["error"].startswith("Field 'decision':")
    unknown = client.post(f"{url}/{stranger[0]}", headers=recruiter[2], json={"decision": "confirm", "note": "x"})
    assert unknown.status_code == 404 and unknown.get_json()["error"] == f"Candidate {stranger[0]} is not a match for this role."
    client.post(f"{url}/{person[0]}", headers=recruiter[2], json={"decision": "confirm", "note": "Yes."})
    [mine] = client.get("/api/v1/matches", headers=token(person[1])).get_json()["items"]
    client.post(f"/api/v1/matches/{mine['id']}/answer", headers=token(person[1]), json={"answer": "accept"})
    late = client.post(f"{url}/{person[0]}", headers=recruiter[2], json={"decision": "reject", "note": "Changed."})
    assert late.status_code == 409 and late.get_json()["error"] == (
        "The candidate already accepted the introduction; the decision stands.")


def test_candidates_see_confirmed_roles_and_answer_introductions(app, client, users, recruiter, new_role, token):
    chosen = candidate(app, users, {METRICS: 90, PROB: 80})
    passed_over = candidate(app, users, {METRICS: 80, PROB: 70})
    role = new_role()
    headers = token(chosen[1])
    matches(client, recruiter[2], role["id"])
    assert client.get("/api/v1/matches", headers=headers).get_json()["items"] == [], "a proposal is not shown yet"
    url = f"/api/v1/roles/{role['id']}/matches"
    client.post(f"{url}/{chosen[0]}", headers=recruiter[2], json={"decision": "confirm", "note": "Internal note."})
    client.post(f"{url}/{passed_over[0]}", headers=recruiter[2], json={"decision": "reject", "note": "No."})
    [seen] = client.get("/api/v1/matches", headers=headers).get_json()["items"]
    assert set(seen) == {"id", "role", "explanation", "missing", "confirmed_at", "response", "responded_at"}
    assert seen["role"]["salary_min"] == 30 and seen["role"]["salary_max"] == 50 and seen["response"] == "pending"
    assert "Internal note." not in str(seen), "the recruiter's note stays with the recruiter"
    assert client.get("/api/v1/matches", headers=token(passed_over[1])).get_json()["items"] == []
    other = client.post(f"/api/v1/matches/{seen['id']}/answer", headers=token(passed_over[1]), json={"answer": "accept"})
    assert other.status_code == 404
    client.post("/login", data={"email": chosen[1], "password": PASSWORD})
    page = client.get("/matches").get_data(as_text=True)
    assert "ML intern, ranking" in page and "30.00–50.00 EUR" in page and "Internal note." not in page
    answered = client.post(f"/matches/{seen['id']}/answer", data={"answer": "accept"})
    assert answered.status_code == 303
    assert "You accepted" in client.get("/matches").get_data(as_text=True)
    [after] = [m for m in matches(client, recruiter[2], role["id"])["items"] if m["candidate_id"] == chosen[0]]
    assert after["response"] == "accepted" and after["responded_at"]
    wrong = client.post(f"/api/v1/matches/{seen['id']}/answer", headers=headers, json={"answer": "later"})
    assert wrong.status_code == 422 and wrong.get_json()["error"].startswith("Field 'answer':")


def test_a_closed_role_freezes_its_matches(app, client, users, recruiter, new_role, token):
    person = candidate(app, users, {METRICS: 90, PROB: 80})
    role = new_role()
    url = f"/api/v1/roles/{role['id']}/matches"
    client.post(f"{url}/{person[0]}", headers=recruiter[2], json={"decision": "confirm", "note": "Yes."})
    closed = client.put(f"/api/v1/roles/{role['id']}", headers=recruiter[2], json={**ROLE, "active": False})
    assert closed.status_code == 200 and closed.get_json()["active"] is False
    late = candidate(app, users, {METRICS: 100, PROB: 100})
    assert [m["candidate_id"] for m in matches(client, recruiter[2], role["id"])["items"]] == [person[0]]
    assert late[0] not in [m["candidate_id"] for m in matches(client, recruiter[2], role["id"])["items"]]
    refused = client.post(f"{url}/{person[0]}", headers=recruiter[2], json={"decision": "reject", "note": "x"})
    assert refused.status_code == 409 and "closed" in refused.get_json()["error"]
    [seen] = client.get("/api/v1/matches", headers=token(person[1])).get_json()["items"]
    answer = client.post(f"/api/v1/matches/{seen['id']}/answer", headers=token(person[1]), json={"answer": "accept"})
    assert answer.status_code == 409


def test_only_candidates_the_recruiter_may_see_are_matched(app, client, users, recruiter, new_role, token):
    """A private profile is matched only for the recruiter whose assessment the candidate took (a real attempt)."""
    from tests.webapp.test_assessments import BLUEPRINT, _items, _private
    private = candidate(app, users, shared=False)
    invite = client.post("/api/v1/invites", headers=recruiter[2], json={"blueprint_id": BLUEPRINT}).get_json()
    taker = app.test_client()
    taker.post("/login", data={"email": private[1], "password": PASSWORD})
    attempt_id = int(taker.post(f"/invite/{invite['token']}/start").headers["Location"].rsplit("/", 1)[1])
    taker.post(f"/attempts/{attempt_id}/sections/ml-fundamentals/start")
    answered = [q for q in _items(app, attempt_id, "quiz") if isinstance(_private(app, q).get("answer"), str)][:4]
    for question in answered:
        taker.put(f"/attempts/{attempt_id}/answers/{question}", json={"answer": _private(app, question)["answer"]})
    taker.post(f"/attempts/{attempt_id}/finish")
    with app.app_context():
        vetted = {s.skill: s for s in signals.stored(private[0])["vetted"]}
        final_ids = {s.id for s in db.session.scalars(db.select(Submission).filter_by(
            user_id=private[0], attempt_id=attempt_id, final=True))}
    skill = next(name for name, s in sorted(vetted.items()) if s.score)
    skills = {skill: 0}
    role = new_role(skills=skills)
    [match] = matches(client, recruiter[2], role["id"])["items"]
    assert match["candidate_id"] == private[0]
    assert set(match["explanation"][0]["evidence"]) <= final_ids and match["explanation"][0]["evidence"]
    other_id, other_email = users.make("recruiter")
    theirs = new_role(headers=token(other_email), skills=skills)
    assert matches(client, token(other_email), theirs["id"])["items"] == [], "a private profile stays private"


def test_the_fairness_report_counts_declared_groups(app, client, users, recruiter, new_role):
    good = {METRICS: 80, PROB: 70}
    europeans = [candidate(app, users, good, formats=["summer", "remote"] if i < 2 else ["summer"])[0] for i in range(5)]
    americans = [candidate(app, users, good, timezone="America/New_York")[0] for _ in range(5)]
    undeclared = candidate(app, users, good, timezone="", formats=[])[0]
    role = new_role()
    url = f"/api/v1/roles/{role['id']}/matches"
    for person in europeans[:2]:
        client.post(f"{url}/{person}", headers=recruiter[2], json={"decision": "confirm", "note": "Yes."})
    report = client.get(f"/api/v1/roles/{role['id']}/fairness", headers=recruiter[2]).get_json()
    assert report["totals"] == {"pool": 11, "matched": 5, "confirmed": 2, "accepted": 0}
    regions = {row["group"]: row for row in report["by_region"]}
    assert list(regions) == ["Americas", "Europe", "Not declared"]
    assert regions["Europe"] == {"group": "Europe", "pool": 5, "matched": 5, "confirmed": 2, "accepted": 0,
                                 "match_rate": 1.0, "confirmation_rate": 0.4, "flags": []}
    assert regions["Americas"]["match_rate"] == 0.0 and regions["Americas"]["flags"] == ["match_rate"]
    assert regions["Not declared"]["pool"] == 1 and regions["Not declared"]["flags"] == [], "too few to flag"
    formats = {row["group"]: (row["pool"], row["matched"], row["confirmed"]) for row in report["by_format"]}
    assert formats == {"summer": (10, 5, 2), "remote": (2, 2, 2), "Not declared": (1, 0, 0)}
    assert undeclared and len(americans) == 5
    client.post("/login", data={"email": recruiter[1], "password": PASSWORD})
    page = client.get(f"/roles/{role['id']}/fairness").get_data(as_text=True)
    assert "Americas" in page and "skew?" in page and "40%" in page


@pytest.mark.parametrize("change, sentence", [
    ({"salary_max": None}, "Field 'salary_max': Field may not be null."),
    ({"salary_max": "__drop__"}, "Field 'salary_max': State the hourly salary range up front: both salary_min and "
                                 "salary_max."),
    ({"salary_min": 60}, "The salary maximum (50) is below the minimum (60)."),
    ({"skills": {"made.up": 50}}, "Skill 'made.up' is not in the skill taxonomy; use ids such as algorithms.graphs."),
    ({"skills": {METRICS: 120}}, "Give Classification metrics (evaluation.classification-metrics) a minimum score: "
                                 "a whole number from 0 to 100."),
    ({"skills": {METRICS: "60"}}, "Give Classification metrics (evaluation.classification-metrics) a minimum score: "
                                  "a whole number from 0 to 100."),
    ({"skills": {}}, "Name at least one skill the role needs, with a minimum score from 0 to 100."),
    ({"remote": False, "timezones": []}, "Give the role's city, or mark the role remote."),
    ({"remote": False, "location": "Paris"}, "Time zones apply to remote roles: mark the role remote or leave them "
                                             "empty."),
    ({"timezones": ["Mars/Olympus"]}, "'Mars/Olympus' is not a time zone: use an IANA name such as Europe/Lisbon or "
                                      "a region such as Europe/."),
    ({"track": "data-science"}, "Field 'track': Must be one of: ml-engineering, llm-engineering, ml-ops, "
                                "applied-research, ai-safety, software-engineering."),
    ({"currency": "XYZ"}, "Field 'currency': Must be one of: USD, EUR, GBP, CAD, AUD, CHF, INR, JPY, SGD, SEK, PLN, "
                          "BRL."),
    ({"title": "  "}, "Give the role a title."),
    ({"colour": "blue"}, "Field 'colour': Unknown field."),
])
def test_a_bad_role_gets_one_sentence(client, recruiter, change, sentence):
    body = {**ROLE, **change}
    body = {k: v for k, v in body.items() if v != "__drop__"}
    response = client.post("/api/v1/roles", headers=recruiter[2], json=body)
    assert response.status_code == 422 and response.get_json() == {"error": sentence, "status": 422}


def test_a_body_that_is_not_json_is_refused_with_a_sentence(client, recruiter):
    response = client.post("/api/v1/roles", headers={**recruiter[2], "Content-Type": "application/json"},
                           data="{not json")
    assert response.status_code == 400 and response.get_json()["error"]


def test_the_role_api_shapes(app, client, users, recruiter, new_role):
    created = new_role(timezones=["Europe", "America/New_York"], description="Search ranking.")
    assert set(created) == {"id", "recruiter_id", "title", "company", "track", "level", "location", "remote",
                            "timezones", "formats", "salary_min", "salary_max", "currency", "skills", "description",
                            "active", "created_at"}
    assert created["timezones"] == ["Europe/", "America/New_York"] and created["recruiter_id"] == recruiter[0]
    assert client.get(f"/api/v1/roles/{created['id']}", headers=recruiter[2]).get_json() == created
    listed = client.get("/api/v1/roles", headers=recruiter[2]).get_json()
    assert listed["total"] == 1 and listed["items"] == [created]
    for score in (90, 80, 70):
        candidate(app, users, {METRICS: score, PROB: score})
    page = matches(client, recruiter[2], created["id"], per_page=2, page=2)
    assert page["total"] == 3 and page["pages"] == 2 and [m["rank"] for m in page["items"]] == [3]
    assert page["counts"] == {"proposed": 3, "confirmed": 0, "rejected": 0, "left_out": 0}
    changed = client.put(f"/api/v1/roles/{created['id']}", headers=recruiter[2], json={**ROLE, "salary_max": 55})
    assert changed.status_code == 200 and changed.get_json()["salary_max"] == 55
    spec = client.get("/api/v1/openapi.json").get_json()["paths"]
    for path in ("/api/v1/roles", "/api/v1/roles/{role_id}/matches", "/api/v1/roles/{role_id}/matches/{candidate_id}",
                 "/api/v1/roles/{role_id}/fairness", "/api/v1/matches", "/api/v1/matches/{match_id}/answer"):
        assert path in spec


FORM = {"title": "LLM intern", "company": "Acme AI", "track": "llm-engineering", "level": "intern", "location": "",
        "remote": "y", "timezones": "Europe, America/New_York", "formats": ["summer"], "salary_min": "30",
        "salary_max": "45", "currency": "EUR", "skills-0-skill": METRICS, "skills-0-min_score": "60",
        "skills-1-skill": PROB, "skills-1-min_score": "40", "active": "y"}


def test_the_role_form_saves_and_explains_mistakes(app, client, auth, users, recruiter):
    auth.login(recruiter[1])
    assert "Describe a role" in client.get("/roles/new").get_data(as_text=True)
    bad = client.post("/roles/new", data={**FORM, "salary_min": "50"})
    page = bad.get_data(as_text=True)
    assert bad.status_code == 422 and "The salary maximum (45) is below the minimum (50)." in page
    assert 'value="LLM intern"' in page and 'value="Europe, America/New_York"' in page, "nothing typed is lost"
    no_min = client.post("/roles/new", data={**FORM, "skills-1-min_score": ""})
    assert no_min.status_code == 422 and "Give Probability (maths.probability) a minimum score" in no_min.get_data(
        as_text=True)
    saved = client.post("/roles/new", data=FORM)
    assert saved.status_code == 303
    with app.app_context():
        role = db.session.scalars(db.select(Role)).one()
        assert role.timezones == ["Europe/", "America/New_York"] and role.skills == {METRICS: 60, PROB: 40}
        assert role.remote is True and role.salary_max == 45.0 and role.recruiter_id == recruiter[0]
    shown = client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "LLM intern" in shown and "30.00–45.00 EUR" in shown and "No proposals waiting" in shown
    edit = client.get(f"/roles/{role.id}/edit").get_data(as_text=True)
    assert 'value="Europe/, America/New_York"' in edit and "selected" in edit
    listed = client.get("/roles").get_data(as_text=True)
    assert "LLM intern" in listed and "Open" in listed


def test_the_role_page_decides_with_a_note_and_keeps_it_on_a_mistake(app, client, auth, users, recruiter, new_role):
    person = candidate(app, users, {METRICS: 90, PROB: 80})
    role = new_role()
    auth.login(recruiter[1])
    page = client.get(f"/roles/{role['id']}").get_data(as_text=True)
    with app.app_context():
        name = db.session.get(User, person[0]).display_name
    assert name in page and "Meets every minimum" in page and "/submissions/" in page
    refused = client.post(f"/roles/{role['id']}/matches/{person[0]}", data={"decision": "confirm", "note": " "})
    assert refused.status_code == 422 and "Write a note" in refused.get_data(as_text=True)
    refused = client.post(f"/roles/{role['id']}/matches/{person[0]}", data={"decision": "later", "note": "Kept text"})
    assert refused.status_code == 422 and "Kept text" in refused.get_data(as_text=True)
    done = client.post(f"/roles/{role['id']}/matches/{person[0]}", data={"decision": "confirm", "note": "Great."})
    assert done.status_code == 303
    confirmed = client.get(f"/roles/{role['id']}?tab=confirmed").get_data(as_text=True)
    assert "Great." in confirmed and "awaiting the candidate" in confirmed


def test_blind_review_names_no_one_on_the_role_pages(app, client, auth, users, recruiter, new_role):
    person = candidate(app, users, {METRICS: 90, PROB: 80})
    hidden = candidate(app, users, {METRICS: 90, PROB: 80}, salary_hourly=90.0)
    role = new_role()
    with app.app_context():
        db.session.get(User, recruiter[0]).blind_review = True
        db.session.commit()
        names = [db.session.get(User, i).display_name for i in (person[0], hidden[0])]
    auth.login(recruiter[1])
    for tab in ("proposed", "left-out"):
        page = client.get(f"/roles/{role['id']}?tab={tab}").get_data(as_text=True)
        assert "Candidate " in page and not any(name in page for name in names)
        assert person[1] not in page and "Lisbon" not in page


def test_a_match_row_is_unique_per_role_and_candidate(app, client, users, recruiter, new_role):
    candidate(app, users, {METRICS: 90, PROB: 80})
    role = new_role()
    for _ in range(3):
        matches(client, recruiter[2], role["id"])
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Match)) == 1


def test_the_worked_example_of_docs_matching():
    """docs/matching.md's example, computed by the pure matcher."""
    from pathlib import Path

    from webapp.services.matching import CandidateFacts, RoleNeeds, VettedSignal, rank
    needs = RoleNeeds(skills={METRICS: 60, PROB: 50}, salary_min=30, salary_max=50, currency="EUR", remote=True,
                      timezones=("Europe/",), formats=("summer",))
    table = {"A": ("Europe/Lisbon", (80, .63), (70, .49)), "B": ("Europe/Paris", (100, .28), (90, .28)),
             "C": ("Europe/Berlin", (95, .86), (40, .63)), "D": ("Europe/Madrid", (85, .63), None),
             "E": ("America/Chicago", (80, .63), (70, .49))}
    people = [CandidateFacts(candidate_id=ord(name), timezone=zone, formats=("summer",), salary_hourly=40.0,
                             currency="EUR", signals={skill: VettedSignal(*pair, (ord(name),))
                                                      for skill, pair in ((METRICS, metrics), (PROB, prob)) if pair})
              for name, (zone, metrics, prob) in table.items()]
    outcomes = rank(needs, people)
    kept = [(chr(o.candidate_id), o.score, o.qualified) for o in outcomes if o.eligible]
    assert kept == [("A", 42.4, True), ("B", 26.6, True), ("C", 53.5, False), ("D", 26.8, False)]
    assert [(chr(o.candidate_id), o.failed[0]["filter"]) for o in outcomes if not o.eligible] == [("E", "timezone")]
    page = (Path(__file__).parents[2] / "docs" / "matching.md").read_text()
    for figure in ("**42.4**", "**26.6**", "**53.5**", "**26.8**", "Ranking: A, B, C, D"):
        assert figure in page
