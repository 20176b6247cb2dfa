"""Grading speed (issue 11): every target measured side by side in one run, with the ratio it is judged by.

Without a server (the library and the command line), timed in turn so that load changes hit all alike:

1. a raw ``docker run --rm`` of the runner image (``python3 -c pass``, the sandbox's limits: the yardstick),
   ``sandbox.run_program`` of a trivial program, ``vetkit run`` of it, ``vetkit --help`` and a bare
   ``python -c pass`` (the interpreter's own start-up); then ``sandbox.run_program`` without and with a
   warm pool of 2 (``sandbox.pool``), each in turn with a raw ``docker run``;
2. a submission that exceeds the time limit on its first secret test of a 14-test pass-fail problem
   (limit 1 s): judged lazily (the default), and with every test run; a program that sleeps instead of
   computing, against one that computes, on a single test (the wall limit against the CPU limit);
3. the fixture take-home: grading against plain execution of its notebook (``takehome_bench``).

Against the real server (``vetkit serve`` with its default settings, ``bench.web_server``):

4. a trivial Run through ``POST /api/v1/runs`` (custom input, one run), in turn with a raw ``docker run``;
5. trivial Runs per second from 10 clients at once;
6. a burst of 30 submissions of a 14-test bank problem from 10 clients: seconds until all are graded, and
   its floor: the same 420 programs run alone, two at a time, in one plain container (``bench.burst_floor``).

7. ``bench_library_sessions``: ``run_program`` from 10 threads, single-use against one session key each;
   ``bench_sessions``: single-use containers against session containers (``sandbox.sessions``), one server
   each: trivial Runs per second from 10 candidates (each their own token) and the burst of 6.

Run alone with ``python -m bench.speed_bench`` (``--no-server`` skips 4-7; ``--sessions`` runs 7 alone).
"""

import json
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import sandbox
from bench import takehome_bench
from bench.burst_floor import floor_seconds
from sandbox import pool
from bench.report import line
from bench.sandbox_bench import raw_docker_argv
from bench.web_server import Client, served
from grader.coding.judge import judge
from grader.coding.results import JudgeVerdict
from question_bank.paths import DEFAULT_BANK_ROOT

REPEATS = 7
TRIVIAL = {"main.py": b"print(1)\n"}
VETKIT = [sys.executable, "-m", "vetkit"]
TLE_TESTS = 14
BUSY = b"while True:\n    pass\n"
SLEEPY = b"import time\ntime.sleep(60)\n"
CLIENTS = 10
RUNS_PER_CLIENT = 6
BURST = 30
BURST_PROBLEM = "hash-target-sum"
"""A pass-fail bank problem with 14 tests (1 s limit)."""
RUN_PROBLEM = "arr-balance-point"
POLL_SECONDS = 0.05
BROWSER_POLL_MAX = 3.0


def in_turn(actions, repeats=REPEATS):
    """label -> median seconds of each action, the actions timed in turn (after one untimed round)."""
    samples = {label: [] for label in actions}
    for round_ in range(repeats + 1):
        for label, action in actions.items():
            started = time.perf_counter()
            action()
            if round_:
                samples[label].append(time.perf_counter() - started)
    return {label: statistics.median(values) for label, values in samples.items()}


def _run(argv):
    subprocess.run(argv, check=True, capture_output=True)


def bench_start_up(tag, folder):
    """Section 1: the sandbox and the command line against a raw docker run."""
    program = folder / "trivial.py"
    program.write_bytes(TRIVIAL["main.py"])
    raw = "raw docker run --rm, python3 -c pass"
    medians = in_turn({
        raw: lambda: _run(raw_docker_argv(tag)),
        "sandbox.run_program, print(1)": lambda: sandbox.run_program(TRIVIAL, language="python"),
        "vetkit run, print(1)": lambda: _run([*VETKIT, "run", str(program), "--lang", "python"]),
        "vetkit --help": lambda: _run([*VETKIT, "--help"]),
        "python -c pass": lambda: _run([sys.executable, "-c", "pass"]),
    })
    for label, seconds in medians.items():
        line(label, seconds * 1000, "ms")
    for label in list(medians)[1:3]:
        line(f"ratio {label.split(',')[0]} / raw docker run", medians[label] / medians[raw])


def bench_pool(tag, size=2):
    """Section 1b: ``sandbox.run_program`` without and with a warm pool of ``size``, each beside a raw docker run."""
    raw = "raw docker run --rm, python3 -c pass"
    trivial = lambda: sandbox.run_program(TRIVIAL, language="python")  # noqa: E731
    pool.configure(0)
    cold = in_turn({raw: lambda: _run(raw_docker_argv(tag)), "run_program": trivial})
    pool.configure(size)
    warm_pool = pool.current()
    deadline = time.monotonic() + 120
    while len(warm_pool.ready) < size and time.monotonic() < deadline:
        time.sleep(0.1)
    warm = in_turn({raw: lambda: _run(raw_docker_argv(tag)), "run_program": trivial})
    hits, taken = warm_pool.hits, warm_pool.taken
    pool.configure(0)
    pool.shutdown()
    line("run_program, no pool", cold["run_program"] * 1000, "ms")
    line("ratio no pool / raw docker run", cold["run_program"] / cold[raw])
    line(f"run_program, warm pool of {size}", warm["run_program"] * 1000, "ms")
    line(f"ratio warm pool / raw docker run ({hits} of {taken} from the pool)", warm["run_program"] / warm[raw])


def tle_problem(root: Path) -> Path:
    """A 2023-07 pass-fail problem (1 s) with one sample and ``TLE_TESTS - 1`` secret tests."""
    problem = root / "bench_tle"
    for group in ("sample", "secret"):
        (problem / "data" / group).mkdir(parents=True)
    (problem / "problem.yaml").write_text("problem_format_version: 2023-07-draft\ntype: pass-fail\n"
                                          "name: Bench TLE\nlimits: {time_limit: 1, memory: 256}\n")
    (problem / "data/sample/1.in").write_text("0\n")
    (problem / "data/sample/1.ans").write_text("0\n")
    for index in range(TLE_TESTS - 1):
        (problem / f"data/secret/{index:02d}.in").write_text(f"{index + 1}\n")
        (problem / f"data/secret/{index:02d}.ans").write_text(f"{index + 1}\n")
    return problem


def bench_time_limit(folder):
    """Section 2: a time-limit-exceeded submission, lazily and in full; a sleeping one against a busy one."""
    problem = tle_problem(folder)
    tle_on_first_secret = b"n = int(input())\nwhile n:\n    pass\nprint(n)\n"

    def judged(all_tests):
        result = judge(problem, {"a.py": tle_on_first_secret}, language="python", all_tests=all_tests)
        assert result.verdict == JudgeVerdict.TLE, result
    medians = in_turn({"lazy": lambda: judged(False), "every test": lambda: judged(True)}, repeats=3)
    line(f"TLE on the 1st secret test of {TLE_TESTS}, lazily", medians["lazy"] * 1000, "ms")
    line("the same, every test run", medians["every test"] * 1000, "ms")
    line("ratio lazy / time limit (1 s)", medians["lazy"] / 1.0)
    line("ratio lazy / every test", medians["lazy"] / medians["every test"])
    limits = sandbox.Limits(cpu_time=1.0)

    def one(source):
        batch = sandbox.run_program({"a.py": source}, language="python", limits=limits)
        assert batch.runs[0].verdict == sandbox.Verdict.TLE, batch
    costs = in_turn({"busy": lambda: one(BUSY), "sleepy": lambda: one(SLEEPY)}, repeats=3)
    line("busy program, 1 s CPU limit: held for", costs["busy"] * 1000, "ms")
    line(f"sleeping program: held for (wall {limits.effective_wall_time:g} s)", costs["sleepy"] * 1000, "ms")
    line("ratio sleeping / busy", costs["sleepy"] / costs["busy"])


def _until_graded(api, submission_id, poll=None):
    """Poll the submission until it is graded; every ``POLL_SECONDS``, or on ``poll``'s schedule (seconds)."""
    waits = iter(poll or ())
    while True:
        status, text = api.request("GET", f"/api/v1/submissions/{submission_id}")
        assert status == 200, (status, text[:300])
        data = json.loads(text)
        if data["status"] in ("graded", "failed"):
            return data
        time.sleep(next(waits, POLL_SECONDS if poll is None else BROWSER_POLL_MAX))


def browser_polls():
    """The waits of the webapp's own page while a submission is graded (``poll.js``): 0.7 s, x1.3, up to 3 s."""
    wait = 0.7
    while True:
        yield wait
        wait = min(BROWSER_POLL_MAX, wait * 1.3)


def _reference(problem):
    folder = DEFAULT_BANK_ROOT / "coding" / problem / "submissions" / "accepted"
    return next(folder.glob("*.py")).read_text()


def bench_server(tag):
    """Sections 4-6 against ``vetkit serve`` with its default settings."""
    trivial = {"question_id": RUN_PROBLEM, "language": "python", "source": "print(1)\n", "stdin": "1\n"}
    with served() as server:
        clients = [Client(server.port, {"Authorization": f"Bearer {server.token}"}) for _ in range(CLIENTS)]
        api = clients[0]

        def run(client=api):
            assert client.post_json("/api/v1/runs", trivial)["verdict"] == "OK"
        raw = "raw docker run --rm, python3 -c pass"
        medians = in_turn({raw: lambda: _run(raw_docker_argv(tag)), "Run through POST /api/v1/runs": run})
        for label, seconds in medians.items():
            line(label, seconds * 1000, "ms")
        line("ratio Run / raw docker run (target <= 0.25)", medians["Run through POST /api/v1/runs"] / medians[raw])

        def client_runs(client):
            for _ in range(RUNS_PER_CLIENT):
                run(client)
        started = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as executor:
            list(executor.map(client_runs, clients))
        rate = CLIENTS * RUNS_PER_CLIENT / (time.perf_counter() - started)
        line(f"trivial Runs per second, {CLIENTS} clients (target >= 30)", rate)
        for client in clients:
            client.close()
        burst_line(server)


CANDIDATE_RUNS = 15
"""Trivial Runs each of the ``CLIENTS`` candidates makes, one after the other, in the rate below."""


def _candidates(server):
    """``CLIENTS`` clients, each signed in with its own candidate's token (created on first use)."""
    tokens = getattr(server, "candidate_tokens", None)
    if tokens is None:
        tokens = server.candidate_tokens = [server.candidate_token(f"bench{n}@example.com") for n in range(CLIENTS)]
    return [Client(server.port, {"Authorization": f"Bearer {token}"}) for token in tokens]


def candidates_rate(server):
    """Trivial Runs per second through ``POST /api/v1/runs`` from ``CLIENTS`` candidates at once."""
    trivial = {"question_id": RUN_PROBLEM, "language": "python", "source": "print(1)\n", "stdin": "1\n"}
    clients = _candidates(server)

    def runs(client, count):
        for _ in range(count):
            assert client.post_json("/api/v1/runs", trivial)["verdict"] == "OK"
    with ThreadPoolExecutor(CLIENTS) as executor:  # a warm-up: each candidate's first Run
        list(executor.map(lambda client: runs(client, 1), clients))
    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as executor:
        list(executor.map(lambda client: runs(client, CANDIDATE_RUNS), clients))
    rate = CLIENTS * CANDIDATE_RUNS / (time.perf_counter() - started)
    for client in clients:
        client.close()
    return rate


def burst_seconds(server):
    """A burst of ``BURST`` submissions of ``BURST_PROBLEM`` from ``CLIENTS`` candidates: (seconds until the
    clients saw all graded, seconds from the first submission's creation to the last one's grading on the
    server's clock, verdicts: all AC unless the machine's load made the judge's limits bite).

    Each candidate hands in its share one after the other, then follows each as the webapp's page does
    (``browser_polls``): the clients' figure includes up to one poll's wait, the server's does not."""
    clients = _candidates(server)
    code = {"question_id": BURST_PROBLEM, "language": "python", "source": _reference(BURST_PROBLEM)}
    tag = time.monotonic_ns()

    def submit_all(index):
        client = clients[index]
        ids = [client.post_json("/api/v1/submissions", {**code, "client_token": f"burst-{tag}-{n}"})["id"]
               for n in range(index, BURST, CLIENTS)]
        return [_until_graded(client, submission_id, browser_polls()) for submission_id in ids]
    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as executor:
        results = [data for share in executor.map(submit_all, range(CLIENTS)) for data in share]
    seconds = time.perf_counter() - started
    for client in clients:
        client.close()
    span = (max(datetime.fromisoformat(data["graded_at"]) for data in results)
            - min(datetime.fromisoformat(data["created_at"]) for data in results)).total_seconds()
    return seconds, span, [data["verdict"] for data in results]


def burst_line(server):
    """Measure the burst on ``server`` and print it, with its floor (``bench.burst_floor``) measured just
    before and just after (this machine's speed drifts from minute to minute) and the ratio to their mean."""
    before, tests = floor_seconds(sandbox.runner_image(), BURST_PROBLEM, BURST)
    seconds, span, verdicts = burst_seconds(server)
    after, _ = floor_seconds(sandbox.runner_image(), BURST_PROBLEM, BURST)
    line(f"burst of {BURST} x {BURST_PROBLEM} from {CLIENTS} candidates, first handed in to last graded "
         "(target <= 10)", span, f"s ({verdicts.count('AC')} of {BURST} AC)")
    line("the same, until the clients saw it (browser-like polling)", seconds, "s")
    line(f"floor: the same {BURST * tests} programs alone, before / after", before, f"s / {after:.2f} s")
    line("ratio burst / floor (their mean)", span / ((before + after) / 2))


def bench_library_sessions(runs=5):
    """``sandbox.run_program`` from ``CLIENTS`` threads at once, one key each: single-use against sessions."""
    from sandbox import sessions

    def rate(session):
        def client(index):
            for _ in range(runs):
                batch = sandbox.run_program(TRIVIAL, language="python", session=session and f"{session}{index}")
                assert batch.verdict == sandbox.Verdict.OK, batch
        client(0)  # a warm-up
        started = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as executor:
            list(executor.map(client, range(CLIENTS)))
        return CLIENTS * runs / (time.perf_counter() - started)
    single = rate(None)
    sessions.configure(True)
    try:
        shared = rate("user:")
    finally:
        sessions.configure(False)
        sessions.shutdown()
    line(f"run_program per second, {CLIENTS} threads, single-use", single)
    line(f"run_program per second, {CLIENTS} threads, one session key each", shared)
    line("ratio sessions / single-use", shared / single)


def bench_sessions(tag, variants=None):
    """Session containers against single-use ones: Runs per second from 10 candidates and the burst, each
    beside the engine's own rate (raw ``docker run --rm`` one at a time), one server per variant."""
    variants = variants or {"single-use (SANDBOX_SESSIONS=false)": {"SANDBOX_SESSIONS": "false"},
                            "session containers (the default)": {}}
    rates = {}
    for label, settings in variants.items():
        with served(settings) as server:
            started = time.perf_counter()
            for _ in range(5):
                _run(raw_docker_argv(tag))
            raw_rate = 5 / (time.perf_counter() - started)
            try:
                rates[label] = candidates_rate(server)
            except AssertionError:
                print((Path(server.env["VETKIT_INSTANCE_PATH"]) / "serve.log").read_text()[-3000:])
                raise
            line(f"{label}: raw docker run --rm per second, one at a time", raw_rate)
            line(f"{label}: trivial Runs per second, {CLIENTS} candidates (target >= 30)", rates[label])
            line(f"{label}: ratio Runs per second / raw docker runs per second", rates[label] / raw_rate)
            burst_line(server)
    first = list(rates.values())[0]
    for label in list(rates)[1:]:
        line(f"ratio Runs per second, {label} / single-use", rates[label] / first)


def main(server=True):
    """Measure and print the grading-speed figures."""
    tag = sandbox.runner_image()
    print(f"speed benchmark (issue 11; image {tag}, medians of {REPEATS} unless said)")
    with tempfile.TemporaryDirectory(prefix="vetkit-speed-") as folder:
        bench_start_up(tag, Path(folder))
        bench_pool(tag)
        bench_time_limit(Path(folder))
    takehome_bench.bench_takehome()
    if server:
        bench_server(tag)
        bench_library_sessions()
        bench_sessions(tag)


if __name__ == "__main__":
    if "--sessions" in sys.argv[1:]:
        bench_library_sessions()
        bench_sessions(sandbox.runner_image())
    else:
        main(server="--no-server" not in sys.argv[1:])
