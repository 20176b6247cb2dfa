"""The candidate's profile: every field saved, mistakes explained without losing input, Markdown sanitised."""

import pytest

from webapp.extensions import db
from webapp.models import User

pytestmark = pytest.mark.both_databases

FULL = {"name": "Tess Tester", "headline": "Builds recommenders", "claimed_skills": ["algorithms.graphs",
        "ml-theory.ensembles"], "github_url": "https://github.com/tess", "portfolio_url": "https://tess.dev",
        "writeups": "## Ranker\nA **learning-to-rank** model.\n<script>alert(1)</script>\n[x](javascript:alert(1))",
        "location": "Lisbon, Portugal", "timezone": "Europe/Lisbon", "formats": ["summer", "remote"],
        "salary_hourly": "32.50", "currency": "EUR", "shared": "y"}


def test_every_profile_field_is_saved_and_shown(client, app, candidate):
    assert client.post("/profile/edit", data=FULL).status_code == 302
    with app.app_context():
        profile = db.session.get(User, candidate[0]).profile
        assert profile.claimed_skills == ["algorithms.graphs", "ml-theory.ensembles"]
        assert profile.formats == ["summer", "remote"] and profile.salary_hourly == 32.5
        assert profile.currency == "EUR" and profile.timezone == "Europe/Lisbon" and profile.shared is True
    page = client.get("/profile").get_data(as_text=True)
    for text in ("Tess Tester", "Builds recommenders", "Lisbon, Portugal", "32.50 EUR", "Summer, Remote",
                 "Shared with recruiters", "<strong>learning-to-rank</strong>", "Graphs"):
        assert text in page


def test_written_markdown_cannot_carry_scripts(client, candidate):
    client.post("/profile/edit", data=FULL)
    page = client.get("/profile").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "href=\"javascript" not in page and "<a" not in page.split("Project write-ups")[1].split("</section>")[0]


def test_a_mistake_keeps_what_was_typed(client, candidate):
    response = client.post("/profile/edit", data={**FULL, "github_url": "github.com/tess", "salary_hourly": "-3"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Enter a full address" in page and "Enter an hourly amount" in page
    assert 'value="Builds recommenders"' in page and "learning-to-rank" in page


def test_an_unknown_skill_is_refused(client, candidate):
    response = client.post("/profile/edit", data={**FULL, "claimed_skills": ["made.up"]})
    assert response.status_code == 422


def test_only_candidates_have_a_profile_editor(client, users, auth):
    _, email = users.make("recruiter")
    auth.login(email)
    assert client.get("/profile/edit").status_code == 403
