"""Practice as a candidate meets it: browse, Run, Submit (graded in the background), quizzes, take-homes, drafts."""

import io
import json
import re
import zipfile

import pytest

from tests.webapp.helpers import PROBLEM, hidden_test_count, quiz_item, reference, reference_notebook, status

pytestmark = pytest.mark.both_databases


def test_browse_filters_searches_and_paginates(client, candidate):
    page = client.get("/practice?kind=coding&difficulty=easy").get_data(as_text=True)
    assert "Balance point" in page and "Best average" not in page
    found = client.get("/practice?q=fastest+route").get_data(as_text=True)
    assert "Fastest route" in found and "Balance point" not in found
    graphs = client.get("/practice?skill=algorithms.graphs").get_data(as_text=True)
    assert "Island networks" in graphs and "Balance point" not in graphs
    first, second = client.get("/practice?page=1").get_data(as_text=True), client.get("/practice?page=2").get_data(
        as_text=True)
    assert 'rel="next"' in first and 'rel="prev"' in second
    empty = client.get("/practice?q=nothing-matches-this").get_data(as_text=True)
    assert "No question matches these filters" in empty


def test_the_coding_page_has_statement_samples_editor_and_starters(client, candidate):
    page = client.get(f"/practice/{PROBLEM}").get_data(as_text=True)
    config = json.loads(re.search(r'<script type="application/json" id="editor-config">(.*?)</script>', page,
                                  re.S).group(1))
    assert config["languages"] == ["python", "c", "cpp", "java"]
    assert set(config["starters"]) == {"python", "c", "cpp", "java"} and "def main" in config["starters"]["python"]
    assert "Sample 1" in page and "Expected output" in page and 'data-editor' in page


def test_drafts_are_kept_per_question_and_language(client, candidate):
    assert client.post(f"/practice/{PROBLEM}/draft", json={"language": "cpp", "source": "// my draft"}).status_code == 200
    client.post(f"/practice/{PROBLEM}/draft", json={"language": "python", "source": "# python draft"})
    client.post(f"/practice/{PROBLEM}/draft", json={"language": "python", "source": "# newer python draft"})
    page = client.get(f"/practice/{PROBLEM}").get_data(as_text=True)
    config = json.loads(re.search(r'id="editor-config">(.*?)</script>', page, re.S).group(1))
    assert config["drafts"]["cpp"]["source"] == "// my draft"
    assert config["drafts"]["python"]["source"] == "# newer python draft"
    assert config["drafts"]["python"]["at"] > 0


@pytest.mark.docker
def test_run_on_the_samples_shows_each_output_and_verdict(client, candidate, runner_image):
    data = client.post(f"/practice/{PROBLEM}/run", json={"language": "python", "source": reference()}).get_json()
    assert data["verdict"] == "AC" and len(data["runs"]) == 3
    assert all(run["verdict"] == "AC" and run["output"] == run["expected"] for run in data["runs"])
    assert "Accepted" in data["html"]
    wrong = client.post(f"/practice/{PROBLEM}/run", json={"language": "python", "source": "print(7)"}).get_json()
    assert wrong["verdict"] == "WA" and wrong["runs"][0]["output"] == "7\n"


@pytest.mark.docker
def test_run_on_custom_input_and_a_compile_error(client, candidate, runner_image):
    echo = "import sys\nprint(sys.stdin.read().upper(), end='')"
    data = client.post(f"/practice/{PROBLEM}/run", json={"language": "python", "source": echo,
                                                         "stdin": "hello\n"}).get_json()
    assert data["verdict"] == "OK" and data["runs"][0]["output"] == "HELLO\n"
    broken = client.post(f"/practice/{PROBLEM}/run", json={"language": "cpp", "source": "int main( {"}).get_json()
    assert broken["verdict"] == "CE" and "error" in broken["compile_output"]


@pytest.mark.docker
def test_submit_is_graded_with_samples_in_detail_and_hidden_tests_summarised(client, candidate, runner_image):
    created = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": reference(),
                                                               "client_token": "t1"})
    assert created.status_code == 202
    result = status(client, created.get_json()["id"])
    assert result["status"] == "graded" and result["verdict"] == "AC" and result["score"] == 1.0
    tests = result["result"]["tests"]
    assert [t["name"] for t in tests if t["sample"]] == ["sample/1", "sample/2", "sample/3"]
    hidden = [t for t in tests if not t["sample"]]
    count = hidden_test_count()
    assert hidden == [{**hidden[0], "name": "hidden", "passed": count, "total": count, "verdict": "AC"}]
    assert "feedback" not in hidden[0]
    page = client.get(f"/submissions/{created.get_json()['id']}").get_data(as_text=True)
    assert "Accepted" in page and f"{count} of {count} passed" in page


@pytest.mark.docker
def test_a_wrong_submission_shows_the_failing_sample(client, candidate, runner_image):
    wrong = reference(folder="wrong_answer")
    created = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": wrong}).get_json()
    result = status(client, created["id"])
    assert result["verdict"] == "WA"
    failing = [t for t in result["result"]["tests"] if t["sample"] and t["verdict"] == "WA"]
    hidden = result["result"]["tests"][-1]
    assert failing or hidden["verdict"] == "WA"
    history = client.get("/submissions").get_data(as_text=True)
    assert f"/submissions/{created['id']}" in history and "WA" in history


def test_a_single_choice_answer_gets_feedback_and_the_explanation(client, app, candidate):
    item_id, private = quiz_item(app, "single_choice")
    page = client.get(f"/practice/{item_id}").get_data(as_text=True)
    assert private["explanation"].split("\n")[0][:40] not in page, "no explanation before answering"
    created = client.post(f"/practice/{item_id}/submit", json={"answer": private["answer"]}).get_json()
    result = status(client, created["id"])
    assert result["verdict"] == "correct" and result["score"] == result["max_score"]
    assert private["explanation"].split("\n")[0][:40] in result["result"]["explanation"]
    wrong = next(o["id"] for o in private["options"] if o["id"] != private["answer"])
    result = status(client, client.post(f"/practice/{item_id}/submit", json={"answer": wrong}).get_json()["id"])
    assert result["verdict"] == "incorrect" and f"the correct option is {private['answer']}" in result["result"]["message"]


@pytest.mark.parametrize("item_type", ["multiple_choice", "numeric", "short_answer"])
def test_every_item_type_is_graded(client, app, candidate, item_type):
    item_id, private = quiz_item(app, item_type)
    answer = (private["accepted"][0] if item_type == "short_answer" else
              list(private["answer"]) if item_type == "multiple_choice" else str(private["answer"]))
    result = status(client, client.post(f"/practice/{item_id}/submit", json={"answer": answer}).get_json()["id"])
    assert result["status"] == "graded" and result["verdict"] == "correct", result


def test_a_written_answer_waits_for_review(client, app, candidate):
    item_id, _ = quiz_item(app, "free_text")
    result = status(client, client.post(f"/practice/{item_id}/submit",
                                        json={"answer": "Shard by user id, cache hot keys."}).get_json()["id"])
    assert result["verdict"] == "pending" and "awaits a recruiter's review" in result["result"]["message"]


def test_the_quiz_form_works_without_scripts(client, app, candidate):
    item_id, private = quiz_item(app, "single_choice")
    response = client.post(f"/practice/{item_id}/submit", data={"answer": private["answer"], "client_token": "f1"})
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Correct" in page


def test_the_take_home_starter_zip_holds_the_starter_and_data_but_nothing_hidden(client, candidate):
    response = client.get("/practice/tabular-churn/starter.zip")
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert sorted(names) == ["tabular-churn/starter.ipynb", "tabular-churn/statement.md",
                             "tabular-churn/test.csv", "tabular-churn/train.csv"]


@pytest.mark.docker
def test_a_take_home_upload_is_graded_with_its_rubric_pending(client, candidate, runner_image):
    response = client.post("/practice/tabular-churn/submit", headers={"X-Requested-With": "fetch"},
                           data={"notebook": (io.BytesIO(reference_notebook()), "solution.ipynb"),
                                 "client_token": "nb1"}, content_type="multipart/form-data")
    assert response.status_code == 202
    result = status(client, response.get_json()["id"])
    view = result["result"]
    assert result["status"] == "graded" and view["status"] == "pending_rubric"
    assert view["score"] == view["auto_max_score"] and view["run"]["status"] == "ok"
    assert [s["name"] for s in view["steps"]] == ["execution", "metric: roc_auc"]
    assert len(view["rubric_pending"]) == 3
    page = client.get(f"/submissions/{result['id']}").get_data(as_text=True)
    assert "pending review" in page


@pytest.mark.docker
def test_practice_runs_every_test_unless_told_to_stop_at_the_first_failure(app, client, candidate, runner_image):
    wrong = reference(folder="wrong_answer")
    every = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": wrong}).get_json()
    result = status(client, every["id"])["result"]
    samples, hidden = result["tests"][:-1], result["tests"][-1]
    assert result["verdict"] == "WA" and len(samples) + hidden["run"] == result["total"] == 16
    app.config["PRACTICE_ALL_TESTS"] = False
    lazy = client.post(f"/practice/{PROBLEM}/submit", json={"language": "python", "source": wrong,
                                                            "client_token": "lazy"}).get_json()
    result = status(client, lazy["id"])["result"]
    samples, hidden = result["tests"][:-1], result["tests"][-1]
    assert result["verdict"] == "WA" and len(samples) + hidden["run"] < result["total"]  # the rest not run


@pytest.mark.docker
def test_a_candidates_runs_share_their_session_container_and_leave_nothing_behind(make_app, users, runner_image):
    import sandbox.sessions
    from tests.webapp.conftest import PASSWORD
    app = make_app(SANDBOX_SESSIONS=True, SANDBOX_SESSION_MAX_RUNS=7, SANDBOX_SESSION_IDLE_SECONDS=30)
    try:
        sessions = sandbox.sessions.current()
        assert sessions.settings.max_runs == 7 and sessions.settings.idle_seconds == 30
        client, ids = app.test_client(), []
        for user_id, email in (users.make("candidate"), users.make("candidate")):
            ids.append(user_id)
            client.post("/login", data={"email": email, "password": PASSWORD})
            for text in ("one", "two"):
                source = "import os\nprint(os.listdir('.'), input())"
                data = client.post(f"/practice/{PROBLEM}/run", json={"language": "python", "source": source,
                                                                     "stdin": f"{text}\n"}).get_json()
                assert data["verdict"] == "OK" and data["runs"][0]["output"] == f"[] {text}\n", data
            client.post("/logout")
        assert (sessions.started, sessions.reused) == (2, 2)  # one container per candidate, each used twice
        assert sorted(lease.key for lease in sessions.leases) == sorted(f"user:{user_id}" for user_id in ids)
    finally:
        sandbox.sessions.configure(False)
        sandbox.sessions.shutdown()


@pytest.mark.docker
def test_a_candidates_graded_submissions_run_in_their_own_session_container(make_app, users, runner_image):
    """With ``SANDBOX_SESSIONS`` a candidate's submissions are judged one after the other in their session
    container, wiped in between: nothing the first left is seen by the second; another candidate gets
    another container."""
    import sandbox.sessions
    from tests.webapp.conftest import PASSWORD
    app = make_app(SANDBOX_SESSIONS=True)
    leaves = "import os\nopen('/tmp/left-behind', 'w').write('x')\nopen('left-behind', 'w').write('x')\n"
    checks = "import os\nassert not os.path.exists('/tmp/left-behind') and not os.path.exists('left-behind')\n"
    try:
        sessions = sandbox.sessions.current()
        client, ids = app.test_client(), []
        for user_id, email in (users.make("candidate"), users.make("candidate")):
            ids.append(user_id)
            client.post("/login", data={"email": email, "password": PASSWORD})
            for n, prefix in enumerate((leaves, checks)):
                created = client.post(f"/practice/{PROBLEM}/submit", json={
                    "language": "python", "source": prefix + reference(), "client_token": f"s{n}"}).get_json()
                assert status(client, created["id"])["result"]["verdict"] == "AC"
            client.post("/logout")
        assert (sessions.started, sessions.reused) == (2, 2)  # one container per candidate, each judged twice
        assert sorted(lease.key for lease in sessions.leases) == sorted(f"user:{user_id}:graded" for user_id in ids)
        client.post("/login", data={"email": email, "password": PASSWORD})
        ran = client.post(f"/practice/{PROBLEM}/run", json={"language": "python", "source": "print(input())",
                                                            "stdin": "run\n"}).get_json()
        assert ran["verdict"] == "OK" and sessions.started == 3, "a Run never gets a graded submission's container"
    finally:
        sandbox.sessions.configure(False)
        sandbox.sessions.shutdown()
