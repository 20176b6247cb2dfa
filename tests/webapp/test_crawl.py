"""Crawl everything a candidate can reach, after doing work of every kind, and look for hidden material.

No page and no API answer sent to a candidate may hold a hidden test's input or answer, a
quiz key or explanation before they answered, a take-home's hidden labels, expected probe
values or metric bands, or a reference solution (tests/webapp/secrets.py reads them from
the bank).
"""

import html
import io
import re
import zipfile
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from tests.webapp.helpers import PROBLEM, quiz_item, reference_notebook
from tests.webapp.secrets import hidden_strings, secret_test_names
from webapp.extensions import db
from webapp.models import Question, QuestionVersion

pytestmark = pytest.mark.docker
MY_SOLUTION = """import sys
values = sys.stdin.read().split()
count = int(values[0])
weights = [int(v) for v in values[1:1 + count]]
everything, before = sum(weights), 0
for position, weight in enumerate(weights, start=1):
    if before * 2 + weight == everything:
        print(position)
        break
    before += weight
else:
    print(-1)
"""
LINK = re.compile(r'(?:href|src|action|data-follow)="([^"#]+)"')
JSON_URL = re.compile(r'"(/(?:practice|submissions)/[^"]+)"')
MAX_PAGES = 800
SKIP = ("/logout", "/static/")


def _do_work(client, app):
    """Submit work of every kind, as a candidate would."""
    client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": MY_SOLUTION})
    client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": "print(1)"})
    client.post(f"/practice/{PROBLEM}/draft", json={"language": "python", "source": "# my draft"})
    answered = set()
    for item_type, answer in (("single_choice", None), ("multiple_choice", None), ("numeric", "1"),
                              ("short_answer", "a guess"), ("free_text", "My written answer.")):
        item_id, private = quiz_item(app, item_type)
        if answer is None:
            answer = private["answer"] if item_type == "single_choice" else [private["options"][0]["id"]]
        client.post(f"/practice/{item_id}/submit", json={"answer": answer})
        answered.add(item_id)
    client.post("/practice/tabular-churn/submit", headers={"X-Requested-With": "fetch"},
                data={"notebook": (io.BytesIO(reference_notebook()), "mine.ipynb")}, content_type="multipart/form-data")
    return answered


def _take_assessments(client, app, users, token):
    """Start a vetting attempt (every section open, one answer saved), finish a mock and leave a recruiter screen
    running with one written answer saved: their page addresses."""
    recruiter = users.make("recruiter")[1]
    invite = client.post("/api/v1/invites", headers=token(recruiter),
                         json={"blueprint_id": "vetting-intern-ml-engineer"}).get_json()["token"]
    vetting = int(client.post(f"/invite/{invite}/start").headers["Location"].rsplit("/", 1)[1])
    for section in ("coding", "ml-fundamentals", "takehome"):
        client.post(f"/attempts/{vetting}/sections/{section}/start")
    mock = int(client.post("/mock/mock-ml-fundamentals/start").headers["Location"].rsplit("/", 1)[1])
    client.post(f"/attempts/{mock}/sections/ml-fundamentals/start")
    with app.app_context():
        from webapp.models import AttemptItem
        mock_items = db.session.scalars(db.select(AttemptItem.question_id).filter_by(attempt_id=mock)).all()
    client.put(f"/attempts/{mock}/answers/{mock_items[0]}", json={"answer": "1"})
    client.post(f"/attempts/{mock}/finish")
    screen = int(client.post("/mock/mock-recruiter-screen/start").headers["Location"].rsplit("/", 1)[1])
    client.post(f"/attempts/{screen}/sections/screen/start")  # left running: its model answers stay hidden
    with app.app_context():
        written = db.session.scalars(db.select(AttemptItem.question_id).filter_by(attempt_id=screen)).first()
    client.put(f"/attempts/{screen}/answers/{written}", json={"answer": "My answer, still being written."})
    return [f"/invite/{invite}", f"/attempts/{vetting}", f"/attempts/{mock}", f"/attempts/{screen}", "/mock"], \
        set(mock_items)


def _crawl(client, starts):
    """Every same-site URL reachable from ``starts`` by GET: url -> response text."""
    seen, queue, pages = set(starts), deque(starts), {}
    while queue and len(pages) < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code != 200:
            continue
        if response.mimetype == "application/zip":
            pages[url] = " ".join(zipfile.ZipFile(io.BytesIO(response.data)).namelist())
            continue
        text = response.get_data(as_text=True)
        pages[url] = html.unescape(text)
        for found in LINK.findall(text) + JSON_URL.findall(text):
            target = urljoin(url, html.unescape(found))
            parts = urlsplit(target)
            if parts.netloc or target in seen or target.startswith(SKIP):
                continue
            seen.add(target)
            queue.append(target)
    return pages


def _api_pages(client, headers):
    pages = {}
    listing = client.get("/api/v1/questions?per_page=200", headers=headers).get_json()
    pages["/api/v1/questions"] = str(listing)
    for page in range(2, listing["pages"] + 1):
        pages[f"/api/v1/questions?page={page}"] = str(client.get(f"/api/v1/questions?per_page=200&page={page}",
                                                                 headers=headers).get_json())
    for item in client.get("/api/v1/questions?per_page=200&type=coding", headers=headers).get_json()["items"] + \
            client.get("/api/v1/questions?per_page=200&type=takehome", headers=headers).get_json()["items"]:
        url = f"/api/v1/questions/{item['id']}"
        pages[url] = str(client.get(url, headers=headers).get_json())
    mine = client.get("/api/v1/submissions?per_page=200", headers=headers).get_json()
    pages["/api/v1/submissions"] = str(mine)
    for submission in mine["items"]:
        url = f"/api/v1/submissions/{submission['id']}"
        pages[url] = str(client.get(url, headers=headers).get_json())
    return pages


def _texts(value):
    """Every string inside a JSON-like value, joined."""
    if isinstance(value, dict):
        return " ".join(_texts(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_texts(v) for v in value)
    return str(value) if value is not None else ""


@pytest.mark.timeout(1200)  # grades a notebook and reads 350+ pages: slow on a busy shared machine
def test_nothing_hidden_reaches_a_candidate(app, client, candidate, token, users, runner_image):
    answered = _do_work(client, app)
    assessment_pages, mock_items = _take_assessments(client, app, users, token)
    answered |= mock_items
    headers = token(candidate[1])
    mine = [s["id"] for s in client.get("/api/v1/submissions", headers=headers).get_json()["items"]]
    polled = [f"/submissions/{i}/{end}" for i in mine for end in ("status", "fragment")]
    pages = _crawl(client, ["/", "/practice", "/submissions", "/profile", "/profile/edit", *assessment_pages,
                            *polled])
    pages.update(_api_pages(client, headers))
    assert len(pages) > 350, "the crawl reached the whole practice area"
    assert any("/status" in url for url in pages) and any(url.startswith("/api/v1/submissions/") for url in pages)
    assert sum("/sections/" in url for url in pages) >= 3, "the crawl opened the attempt's sections"
    with app.app_context():
        rows = db.session.execute(db.select(Question.id, Question.kind, QuestionVersion.public).join(
            QuestionVersion, QuestionVersion.question_id == Question.id)).all()
    kinds = {qid: kind for qid, kind, _ in rows if not (kind == "quiz" and qid in answered)}
    hidden = hidden_strings(kinds, " ".join(_texts(public) for _, _, public in rows))
    hidden[PROBLEM] |= secret_test_names(PROBLEM)
    leaks = []
    for url, text in pages.items():
        flat = " ".join(text.split())
        for question_id, pieces in hidden.items():
            leaks += [(url, question_id, piece) for piece in pieces if piece in flat]
    assert leaks == [], f"{len(leaks)} leak(s), e.g. {leaks[:5]}"
