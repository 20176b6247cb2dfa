"""Recruiters review graded work: candidate lists, evidence, rubric, overrides with an audit trail, blind review,
exports, similar code and rejudges."""

import csv
import io
import json
import shutil

import pytest

from tests.webapp.conftest import PASSWORD
from tests.webapp.helpers import BANK, PROBLEM, quiz_item, reference
from webapp.extensions import db
from webapp.models import AuditEntry, Result, SignalRecord, Submission

pytestmark = pytest.mark.both_databases
IDENTITY = {"name": "Zara Quintanilla-Obi", "headline": "Studies at Ravenclaw Institute",
            "github_url": "https://github.com/zqo-private", "portfolio_url": "https://zqo.example.dev",
            "writeups": "Built ZQO-Tracker at home", "location": "Reykjavik, Iceland", "timezone": "Atlantic/Reykjavik"}


def _candidate(users, app, shared=True, **profile):
    user_id, email = users.make("candidate", shared=shared, formats=["summer"], salary_hourly=30.0, **profile)
    with app.app_context():
        from webapp.models import User
        user = db.session.get(User, user_id)
        user.name = IDENTITY["name"] if profile.get("headline") == IDENTITY["headline"] else user.name
        db.session.commit()
    return user_id, email


def _signed_in(app, email):
    client = app.test_client()
    client.post("/login", data={"email": email, "password": PASSWORD})
    return client


def _answer_quiz(app, email, item_type="single_choice", right=True):
    client = _signed_in(app, email)
    item_id, private = quiz_item(app, item_type)
    answer = private.get("answer") if right else next(o["id"] for o in private["options"] if o["id"] != private["answer"])
    if item_type == "free_text":
        answer = "Shard the index by user; cache the hottest queries; rank with a small model."
    made = client.post(f"/practice/{item_id}/submit", json={"answer": answer}).get_json()
    return made["id"]


@pytest.fixture
def staff(app, users):
    """A recruiter's (id, email, signed-in client)."""
    user_id, email = users.make("recruiter")
    return user_id, email, _signed_in(app, email)


def test_the_list_shows_shared_candidates_and_filters_them(app, users, staff):
    shown, shown_email = _candidate(users, app, location="Lisbon, Portugal", timezone="Europe/Lisbon")
    hidden, _ = _candidate(users, app, shared=False)
    _answer_quiz(app, shown_email)
    client = staff[2]
    page = client.get("/candidates").get_data(as_text=True)
    assert f"/candidates/{shown}" in page and f"/candidates/{hidden}" not in page
    with app.app_context():
        skill = db.session.scalars(db.select(SignalRecord.skill).filter_by(user_id=shown)).first()
    assert f"/candidates/{shown}" in client.get(f"/candidates?skill={skill}&min_score=50").get_data(as_text=True)
    assert f"/candidates/{shown}" not in client.get(f"/candidates?skill={skill}&vetted=1").get_data(as_text=True)
    assert f"/candidates/{shown}" in client.get("/candidates?location=europe").get_data(as_text=True)
    assert f"/candidates/{shown}" not in client.get("/candidates?location=tokyo").get_data(as_text=True)
    assert f"/candidates/{shown}" not in client.get("/candidates?max_salary=20").get_data(as_text=True)
    assert f"/candidates/{shown}" in client.get("/candidates?format=summer&max_salary=40").get_data(as_text=True)
    assert client.get("/candidates?min_score=abc").status_code == 422


def test_a_candidate_page_links_signals_to_reviews_and_keeps_team_comments(app, users, staff):
    candidate_id, email = _candidate(users, app)
    submission_id = _answer_quiz(app, email)
    client = staff[2]
    page = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    assert f"/review/submissions/{submission_id}" in page and "Team comments" in page
    client.post(f"/candidates/{candidate_id}/comments", data={"body": "Strong on **metrics**."})
    assert "<strong>metrics</strong>" in client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    review = client.get(f"/review/submissions/{submission_id}").get_data(as_text=True)
    assert "Key:" in review and "Audit trail" in review


def test_an_override_needs_a_reason_and_is_audited_with_signals_recomputed(app, users, staff, token):
    candidate_id, email = _candidate(users, app)
    submission_id = _answer_quiz(app, email, right=False)
    client = staff[2]
    refused = client.post(f"/review/submissions/{submission_id}/override", data={"score": "1", "reason": " "})
    assert refused.status_code == 400 and "reason" in refused.get_data(as_text=True)
    api = client.post(f"/api/v1/submissions/{submission_id}/override", headers=token(staff[1]), json={"score": 1})
    assert api.status_code == 400 and "reason" in api.get_json()["error"]
    done = client.post(f"/review/submissions/{submission_id}/override",
                       data={"score": "1", "reason": "The key is wrong for this wording."})
    assert done.status_code == 303
    trail = client.get(f"/api/v1/submissions/{submission_id}/audit", headers=token(staff[1])).get_json()["items"]
    assert len(trail) == 1 and trail[0]["action"] == "override" and trail[0]["actor"] == staff[1]
    assert trail[0]["before"]["score"] == 0.0 and trail[0]["after"]["score"] == 1.0
    assert trail[0]["reason"] == "The key is wrong for this wording."
    with app.app_context():
        scores = db.session.scalars(db.select(SignalRecord.score).filter_by(user_id=candidate_id)).all()
        assert scores and all(score == 100.0 for score in scores), "signals follow the override"
        results = db.session.scalars(db.select(Result).filter_by(submission_id=submission_id)).all()
        assert len(results) == 2 and [r.current for r in results] == [False, True], "the old result stays"
    page = client.get(f"/review/submissions/{submission_id}").get_data(as_text=True)
    assert "The key is wrong for this wording." in page


def test_the_audit_trail_cannot_be_edited_or_deleted(app, users, staff):
    _, email = _candidate(users, app)
    submission_id = _answer_quiz(app, email)
    staff[2].post(f"/review/submissions/{submission_id}/override", data={"score": "0", "reason": "spot check"})
    with app.app_context():
        entry = db.session.scalars(db.select(AuditEntry)).one()
        entry.reason = "rewritten"
        with pytest.raises(PermissionError):
            db.session.commit()
        db.session.rollback()
        db.session.delete(db.session.scalars(db.select(AuditEntry)).one())
        with pytest.raises(PermissionError):
            db.session.commit()
        db.session.rollback()
        assert db.session.scalars(db.select(AuditEntry.reason)).one() == "spot check"
    assert not [rule for rule in app.url_map.iter_rules() if "audit" in rule.rule and
                rule.methods & {"PUT", "PATCH", "DELETE", "POST"}]


def test_a_free_text_answer_is_graded_by_its_rubric(app, users, staff):
    candidate_id, email = _candidate(users, app)
    submission_id = _answer_quiz(app, email, "free_text")
    client = staff[2]
    queue = client.get("/review/queue").get_data(as_text=True)
    assert f"/review/submissions/{submission_id}" in queue
    page = client.get(f"/review/submissions/{submission_id}").get_data(as_text=True)
    assert "Rubric" in page and "Model answer" in page
    with app.app_context():
        rubric = db.session.get(Submission, submission_id).version.private["rubric"]
    form = {f"points-{i}": str(c["points"]) for i, c in enumerate(rubric)}
    assert client.post(f"/review/submissions/{submission_id}/rubric", data=form).status_code == 303
    with app.app_context():
        result = db.session.get(Submission, submission_id).result
        assert result.status == "graded" and result.score == result.max_score and result.source == "rubric"
        assert db.session.scalars(db.select(AuditEntry.action)).all() == ["rubric"]
    bad = client.post(f"/review/submissions/{submission_id}/rubric", data={"points-0": "999"})
    assert bad.status_code == 422


def test_blind_review_hides_who_the_candidate_is_everywhere(app, users, staff, token):
    candidate_id, email = _candidate(users, app, **{k: v for k, v in IDENTITY.items() if k != "name"})
    submission_id = _answer_quiz(app, email)
    client = staff[2]
    client.post("/review/blind")
    pages = [client.get(path).get_data(as_text=True) for path in (
        "/candidates", f"/candidates/{candidate_id}", f"/review/submissions/{submission_id}", "/review/queue",
        "/candidates/export.csv", f"/candidates/{candidate_id}/export.json")]
    headers = token(staff[1])
    pages.append(json.dumps(client.get("/api/v1/candidates", headers=headers).get_json()))
    pages.append(json.dumps(client.get("/api/v1/candidates?blind=1", headers=headers).get_json()))
    from webapp.services.candidates import alias
    with app.app_context():
        label = alias(candidate_id)
    assert label in pages[0] and label in pages[1]
    leaks = [(i, value) for i, page in enumerate(pages) for value in [*IDENTITY.values(), email] if value in page]
    assert leaks == []
    assert label not in client.get(f"/candidates?q={email}").get_data(as_text=True), "no probing by identity"
    client.post("/review/blind")
    assert IDENTITY["name"] in client.get(f"/candidates/{candidate_id}").get_data(as_text=True)


def test_exports_hold_signals_and_evidence(app, users, staff):
    candidate_id, email = _candidate(users, app)
    submission_id = _answer_quiz(app, email)
    client = staff[2]
    rows = list(csv.DictReader(io.StringIO(client.get("/candidates/export.csv").get_data(as_text=True))))
    assert len(rows) == 1 and rows[0]["email"] == email and any(k.startswith("practice:") and rows[0][k] for k in rows[0])
    data = client.get(f"/candidates/{candidate_id}/export.json").get_json()
    assert data["email"] == email and data["signals"]["practice"]
    assert [e["submission_id"] for e in data["evidence"]] == [submission_id]


def test_the_api_lists_candidates_and_blind_leaves_out_identifying_fields(client, app, users, staff, token):
    candidate_id, _ = _candidate(users, app)
    headers = token(staff[1])
    items = client.get("/api/v1/candidates", headers=headers).get_json()["items"]
    assert [c["id"] for c in items] == [candidate_id] and "email" in items[0]
    blind = client.get("/api/v1/candidates?blind=1", headers=headers).get_json()["items"][0]
    assert not {"name", "email", "github_url", "location", "timezone", "headline", "writeups"} & set(blind)
    assert blind["alias"].startswith("Candidate ")
    _, other = users.make()
    assert client.get("/api/v1/candidates", headers=token(other)).status_code == 403


@pytest.mark.docker
def test_a_coding_review_shows_highlighted_code_every_test_and_a_diff(app, users, staff, runner_image):
    candidate_id, email = _candidate(users, app)
    client = _signed_in(app, email)
    made = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python",
                                                            "source": reference(folder="wrong_answer")}).get_json()
    page = staff[2].get(f"/review/submissions/{made['id']}").get_data(as_text=True)
    assert 'class="highlight"' in page and "hidden" in page and "secret/" in page
    with app.app_context():
        failing = next(t["name"] for t in db.session.get(Submission, made["id"]).result.detail["tests"]
                       if t["verdict"] != "AC")
    diff = staff[2].post(f"/review/submissions/{made['id']}/diff", data={"test": failing}).get_json()
    assert "expected" in diff["html"] and "program's output" in diff["html"]
    assert client.post(f"/review/submissions/{made['id']}/diff", data={"test": failing}).status_code == 403


def test_a_notebook_is_rendered_without_its_scripts(app):
    import nbformat
    from webapp.services.evidence import notebook_html
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# Analysis\n<script>alert('md')</script>"),
        nbformat.v4.new_code_cell("print(1)", outputs=[
            nbformat.v4.new_output("display_data", data={"text/html": "<img src=x onerror=alert(1)><b>bold</b>"}),
            nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="})])])
    html = str(notebook_html(nbformat.writes(notebook).encode()))
    assert "<script" not in html and "onerror" not in html and "alert(" not in html.replace("alert('md')", "")
    assert "Analysis" in html and "<b>bold</b>" in html and 'src="data:image/png;base64' in html


@pytest.mark.docker
def test_similar_code_from_two_candidates_is_flagged_and_shown_side_by_side(app, users, staff, runner_image):
    code = reference()
    renamed = code.replace("total", "overall").replace("left", "before")
    for source in (code, renamed, "import sys\nprint(-1)\n"):
        _, email = _candidate(users, app)
        _signed_in(app, email).post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": source})
    page = staff[2].get("/review/similar").get_data(as_text=True)
    assert page.count("Compare") == 1, "the two alike are flagged, the different one is not"
    from webapp.models import SimilarityFlag
    with app.app_context():
        flag = db.session.scalars(db.select(SimilarityFlag)).one()
        assert flag.similarity >= 0.7
    pair = staff[2].get(f"/review/similar/{flag.id}").get_data(as_text=True)
    assert '<mark class="copied">' in pair


@pytest.mark.docker
def test_a_rejudge_previews_then_applies_and_keeps_old_results(app, users, runner_image, tmp_path):
    _, admin_email = users.make("admin")
    admin = _signed_in(app, admin_email)
    _, email = _candidate(users, app)
    made = _signed_in(app, email).post(f"/practice/{PROBLEM}/submit", json={"language": "python",
                                                                           "source": reference()}).get_json()
    bank = tmp_path / "bank"
    shutil.copytree(BANK / "coding" / PROBLEM, bank / "coding" / PROBLEM)
    answer = bank / "coding" / PROBLEM / "data" / "secret" / "01_single.ans"
    answer.write_text("999999\n")  # the tests changed: this answer is now "wrong" for every submission
    from webapp.services.bank_sync import sync_bank
    with app.app_context():
        sync_bank(bank)
    started = admin.post(f"/admin/questions/{PROBLEM}/rejudge")
    assert started.status_code == 303
    preview = admin.get(started.headers["Location"]).get_data(as_text=True)
    assert "1 of 1 submission would change" in preview
    with app.app_context():
        assert db.session.get(Submission, made["id"]).result.verdict == "AC", "a preview changes nothing"
    admin.post(started.headers["Location"])
    with app.app_context():
        submission = db.session.get(Submission, made["id"])
        assert submission.result.verdict == "WA" and len(submission.results) == 2
        assert db.session.scalars(db.select(AuditEntry.action)).all() == ["rejudge"]


def test_every_kind_of_quiz_answer_has_a_review_page_with_its_key(app, users, staff):
    _, email = _candidate(users, app)
    client = _signed_in(app, email)
    for item_type in ("single_choice", "multiple_choice", "numeric", "short_answer", "free_text"):
        item_id, private = quiz_item(app, item_type)
        made = client.post(f"/practice/{item_id}/submit", json={"answer": "1"}).get_json()
        page = staff[2].get(f"/review/submissions/{made['id']}")
        assert page.status_code == 200, item_type
        expected = "Model answer" if item_type == "free_text" else "Accepted forms" if item_type == "short_answer" \
            else "Key:"
        assert expected in page.get_data(as_text=True), item_type
