"""What pages say to a candidate: titles that read well, math typeset, each empty state naming the next step.

These came out of looking at every page in a real browser (tests/e2e); each test
would have caught one thing a candidate stumbled on.
"""

import re

import pytest

from tests.webapp.helpers import PROBLEM, quiz_item, reference, sample_input, status
from webapp.extensions import db
from webapp.models import Question
from webapp.services.bank_sync import sync_bank


def _quiz_titles(app):
    with app.app_context():
        return db.session.scalars(db.select(Question.title).filter_by(kind="quiz")).all()


def test_quiz_titles_end_at_a_word_or_a_sentence_and_never_inside_math(app):
    for title in _quiz_titles(app):
        assert title.count("$") % 2 == 0, title
        assert title.endswith(("…", ".", "?", ":", ")", "$")), f"cut mid-sentence: {title!r}"


def test_a_resync_brings_titles_made_by_newer_code(app):
    with app.app_context():
        question = db.session.scalars(db.select(Question).filter_by(kind="quiz")).first()
        right, question.title = question.title, "an old, clipped title"
        db.session.commit()
        report = sync_bank()
        assert db.session.get(Question, question.id).title == right and report.updated == 1


def test_math_in_titles_is_marked_for_typesetting_and_stays_escaped(client, app, candidate):
    page = client.get("/practice?kind=quiz&q=uniformly").get_data(as_text=True)
    assert re.search(r'<span class="math inline">X</span> is uniformly distributed', page)


def test_quiz_feedback_says_right_or_wrong_once_then_explains(client, app, candidate):
    item_id, private = quiz_item(app, "single_choice")
    created = client.post(f"/practice/{item_id}/submit", json={"answer": private["answer"]}).get_json()
    result = status(client, created["id"])
    assert result["result"]["message"].startswith("Correct")
    assert not result["result"]["explanation"].startswith("Correct"), "the verdict sentence is not repeated"
    page = client.get(f"/submissions/{result['id']}").get_data(as_text=True)
    assert page.count(result["result"]["message"]) == 1


def test_an_empty_profile_says_what_to_add_and_where(client, candidate):
    page = client.get("/profile").get_data(as_text=True)
    for invitation in ("No headline yet", "None claimed yet", "Nothing here yet"):
        sentence = page.split(invitation, 1)[1].split("</p>", 1)[0]
        assert 'href="/profile/edit"' in sentence, invitation


def test_claimed_skills_are_ticked_in_groups_not_picked_with_ctrl(client, candidate):
    page = client.get("/profile/edit").get_data(as_text=True)
    assert "<legend>Skills you claim</legend>" in page and "Ctrl" not in page
    assert 'type="checkbox" name="claimed_skills" value="algorithms.graphs"' in page
    client.post("/profile/edit", data={"claimed_skills": ["algorithms.graphs", "ml-theory.ensembles"],
                                        "currency": "EUR"})
    page = client.get("/profile/edit").get_data(as_text=True)
    assert 'value="algorithms.graphs" checked' in page


def test_field_help_is_tied_to_its_field(client):
    page = client.get("/signup").get_data(as_text=True)
    assert 'aria-describedby="password-help"' in page and 'id="password-help"' in page


@pytest.mark.docker
def test_run_shows_each_samples_input_and_a_pass_fail_result_has_no_scoring_table(client, candidate, runner_image):
    run = client.post(f"/practice/{PROBLEM}/run", json={"language": "python", "source": "print(1)"}).get_json()
    first, second = sample_input(1)
    assert re.search(rf"<h4>Input</h4><pre>{first}\s+{second}", run["html"]), "the failing sample's input is shown"
    created = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": reference()}).get_json()
    fragment = client.get(f"/submissions/{created['id']}/fragment").get_data(as_text=True)
    assert "Accepted" in fragment and "Group" not in fragment and "0 / 0" not in fragment
    history = client.get("/submissions").get_data(as_text=True)
    assert "Python 3" in history
