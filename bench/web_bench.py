"""One candidate's practice session against the real server: page and API latency, Run against raw docker.

Starts ``vetkit serve`` (gunicorn, 2 processes of 8 threads, and a grading worker of 2
threads) on a free port of 127.0.0.1 with a temporary instance, then times from a client
on loopback, in rounds, each step of a practice session:

sign in (the form, then its post), the practice list, a coding question's page, the
API's question list, a Run of the reference solution on the 3 samples
(``POST /api/v1/runs``), a Submit until it is graded, a quiz answer until it is graded;

and in each round one raw ``docker run --rm`` of the runner image (``python3 -c pass``
with the sandbox's limits, as in ``sandbox_bench``), so load changes hit both alike.
It prints the median and the 95th percentile of each step, and the ratio of a Run
through the API to a raw docker run.  The session runs twice: on the defaults (SQLite
database and SQLite queue), then on a throwaway PostgreSQL and Redis (``tests/servers.py``)
when their programs are installed.  Run alone with ``python -m bench.web_bench``.
"""

import json
import shutil
import subprocess
import time
from contextlib import ExitStack

import sandbox
from bench.report import LABEL_WIDTH, median_p95
from bench.sandbox_bench import raw_docker_argv
from bench.web_server import Client, served
from question_bank.paths import DEFAULT_BANK_ROOT
from tests.servers import ServerMissing, postgres_program, postgres_server, redis_server

ROUNDS = 15
PROBLEM = "arr-balance-point"
POLL_SECONDS = 0.02
RAW = "raw docker run --rm, python3 -c pass"
RUN = "Run on the samples, POST /api/v1/runs"


def _reference():
    return next((DEFAULT_BANK_ROOT / "coding" / PROBLEM / "submissions" / "accepted").glob("*.py")).read_text()


def _until_graded(api, created):
    while True:
        status, text = api.request("GET", f"/api/v1/submissions/{created['id']}")
        data = json.loads(text)
        assert status == 200 and data["status"] != "failed", data
        if data["status"] == "graded":
            return data
        time.sleep(POLL_SECONDS)


def _quiz_answer(api):
    """A single-choice item and an answer to it (its first option: right or wrong, it is graded alike)."""
    listed = json.loads(api.request("GET", "/api/v1/questions?type=quiz&per_page=200")[1])["items"]
    item = next(q for q in listed if q["item_type"] == "single_choice")
    content = json.loads(api.request("GET", f"/api/v1/questions/{item['id']}")[1])["content"]
    return {"question_id": item["id"], "answer": content["options"][0]["id"]}


def session_steps(port, token, tag):
    """label -> action, in the order a candidate goes; the clients to close at the end."""
    browser, api = Client(port), Client(port, {"Authorization": f"Bearer {token}"})
    browser.sign_in()
    code = {"question_id": PROBLEM, "language": "python", "source": _reference()}
    quiz, raw = _quiz_answer(api), raw_docker_argv(tag)

    def sign_in():
        client = Client(port)
        client.sign_in()
        client.close()

    def run():
        assert api.post_json("/api/v1/runs", code)["verdict"] == "AC"

    steps = {"sign in (form, then post)": sign_in,
             "practice list, GET /practice": lambda: browser.get("/practice"),
             "question page, GET /practice/<id>": lambda: browser.get(f"/practice/{PROBLEM}"),
             "API question list, GET /api/v1/questions": lambda: api.get("/api/v1/questions"),
             RUN: run,
             "Submit until graded (AC)": lambda: _until_graded(api, api.post_json("/api/v1/submissions", code)),
             "quiz answer until graded": lambda: _until_graded(api, api.post_json("/api/v1/submissions", quiz)),
             RAW: lambda: subprocess.run(raw, check=True, capture_output=True)}
    return steps, (browser, api)


def measure(port, token, tag, rounds=ROUNDS):
    """label -> seconds of each round (after one untimed warm-up round)."""
    steps, clients = session_steps(port, token, tag)
    samples = {label: [] for label in steps}
    try:
        for round_ in range(rounds + 1):
            for label, action in steps.items():
                started = time.perf_counter()
                action()
                if round_:
                    samples[label].append(time.perf_counter() - started)
    finally:
        for client in clients:
            client.close()
    return samples


def _backends():
    """name -> a function giving the ``VETKIT_*`` settings of each configuration that can run here."""
    yield "SQLite + SQLite queue", lambda stack: {}
    if not shutil.which("redis-server"):
        print("  (PostgreSQL + Redis skipped: redis-server is missing; `make setup` installs it)")
        return
    try:
        postgres_program("initdb")
    except ServerMissing as exc:
        print(f"  (PostgreSQL + Redis skipped: {exc})")
        return

    def start(stack):
        server = stack.enter_context(postgres_server())
        server.execute("CREATE DATABASE vetkit_bench")
        return {"DATABASE_URL": server.url("vetkit_bench"), "REDIS_URL": stack.enter_context(redis_server())}
    yield "PostgreSQL + Redis", start


def _print(results):
    names = list(results)
    header = "".join(f"{name:>26}" for name in names)
    print(f"  {'step (ms: median / p95)':<{LABEL_WIDTH}}{header}")
    for label in next(iter(results.values())):
        cells = "".join(f"{'%.0f / %.0f' % tuple(v * 1000 for v in median_p95(results[n][label])):>26}"
                        for n in names)
        print(f"  {label:<{LABEL_WIDTH}}{cells}")
    ratios = "".join(f"{median_p95(results[n][RUN])[0] / median_p95(results[n][RAW])[0]:>26.2f}" for n in names)
    print(f"  {'ratio Run through the API / raw docker run':<{LABEL_WIDTH}}{ratios}")


def main():
    """Measure and print the web session figures."""
    tag = sandbox.runner_image()
    print(f"web benchmark (vetkit serve on 127.0.0.1, image {tag}, {ROUNDS} rounds after a warm-up)")
    results = {}
    for name, settings in _backends():
        with ExitStack() as stack, served(settings(stack)) as server:
            results[name] = measure(server.port, server.token, tag)
    _print(results)


if __name__ == "__main__":
    main()
