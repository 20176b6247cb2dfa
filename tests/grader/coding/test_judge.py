"""Judging against problem packages: every verdict, grading rules, validators, interactive problems, function style, JE."""

import json
import shutil

import pytest

import sandbox
from grader.coding import timelimit
from grader.errors import ProblemError, SubmissionError
from grader.coding.judge import judge, judge_problem
from grader.coding.kattis import load_problem
from grader.coding.results import JudgeVerdict as V
from tests.grader.helpers import PROBLEMS, copy_problem

pytestmark = pytest.mark.docker
SUM = load_problem(PROBLEMS / "sum")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    """Computed time limits are cached in a fresh folder per test."""
    monkeypatch.setenv(timelimit.CACHE_ENV, str(tmp_path / "cache"))


def run(problem, program):
    return judge_problem(problem, program.files, language=program.language)


@pytest.mark.parametrize("program", SUM.submissions, ids=lambda p: f"{p.folder}/{p.path.name}")
def test_each_reference_submission_gets_the_verdict_of_its_folder(runner_image, program):
    result = run(SUM, program)
    assert result.verdict == program.expected, result.to_json()
    assert result.total == 4 and result.time_limit == 1.0
    if result.verdict == V.AC:
        assert (result.passed, result.score, result.max_score) == (4, 1.0, 1.0)
    elif result.verdict == V.CE:
        assert "never closed" in result.compile_output and result.tests == ()
    else:  # on_reject: break (the default) stops at the first failing test
        assert result.score == 0.0 and result.tests[-1].verdict == result.verdict
        assert all(test.verdict == V.AC for test in result.tests[:-1])


def test_the_first_failure_stops_judging_unless_on_reject_continue(runner_image, tmp_path):
    program = next(p for p in SUM.submissions if p.path.name == "overflow.c")
    result = run(SUM, program)
    assert [t.verdict for t in result.tests] == [V.AC, V.AC, V.WA]
    assert (result.verdict, result.passed, result.total) == (V.WA, 2, 4)
    assert result.tests[0].is_sample and result.tests[0].group == "sample"
    assert "expected '4000000000'" in result.tests[2].feedback
    path = copy_problem("sum", tmp_path)
    (path / "data/testdata.yaml").write_text("on_reject: continue\n")
    result = judge(path, program.files, language="c")
    assert [t.verdict for t in result.tests] == [V.AC, V.AC, V.WA, V.AC] and result.verdict == V.WA


def test_what_a_program_prints_never_sets_its_verdict(runner_image):
    result = judge(PROBLEMS / "sum", {"a.py": b"import sys\nprint('Accepted'); print('AC', file=sys.stderr)\n"
                                             b"raise SystemExit(0)\n"}, language="python")
    assert result.verdict == V.WA and result.passed == 0


def test_float_tolerance(runner_image):
    problem = load_problem(PROBLEMS / "floats")
    verdicts = {p.path.name: run(problem, p) for p in problem.submissions}
    assert verdicts["divide.py"].verdict == verdicts["divide.cpp"].verdict == V.AC
    rounded = verdicts["rounded.py"]
    assert rounded.verdict == V.WA and "too large a difference" in rounded.tests[0].feedback


def test_custom_validator_accepts_several_answers_and_keeps_its_message(runner_image):
    problem = load_problem(PROBLEMS / "anypair")
    results = {p.path.name: run(problem, p) for p in problem.submissions}
    assert results["low.py"].verdict == results["half.c"].verdict == V.AC
    zero = results["zero.py"]
    assert zero.verdict == V.WA and zero.tests[0].feedback == "0 + 2 is not a pair of positive integers summing to 2"


def test_time_limit_is_computed_from_accepted_submissions_and_cached(runner_image, monkeypatch):
    problem = load_problem(PROBLEMS / "anypair")
    assert timelimit.resolve_time_limit(problem, judge_problem) == 1.0  # ceil(5 x fast), at least 1 s
    cached = json.loads(timelimit.cache_file(problem.path).read_text())
    assert cached["time_limit"] == 1.0 and 0 < cached["slowest_accepted"] < 1

    def must_not_run(*args, **kwargs):
        raise AssertionError("the cached time limit should have been used")
    assert timelimit.resolve_time_limit(problem, must_not_run) == 1.0


def test_no_time_limit_and_no_accepted_submission_is_a_problem_error(tmp_path):
    path = copy_problem("anypair", tmp_path)
    for program in (path / "submissions/accepted").iterdir():
        program.unlink()
    with pytest.raises(ProblemError, match="no time limit"):
        judge(path, {"a.py": b"print(1, 1)"}, language="python")


def test_scoring_groups_with_problemtools_default_grader(runner_image, tmp_path):
    problem = load_problem(PROBLEMS / "groups")
    results = {p.path.name: run(problem, p) for p in problem.submissions}
    assert (results["largest.py"].verdict, results["largest.py"].score) == (V.AC, 100)
    partial = results["positive_only.py"]
    assert (partial.verdict, partial.score, partial.max_score) == (V.WA, 30, 100)
    assert [(g.name, g.earned) for g in partial.groups] == [("sample", 0), ("secret", 30), ("secret/group1", 30),
                                                            ("secret/group2", 0)]
    assert results["first.py"].score == 70  # fails group 1 but passes group 2
    path = copy_problem("groups", tmp_path)
    (path / "data/secret/testdata.yaml").write_text("on_reject: continue\nrange: 0 100\n"
                                                    "grader_flags: first_error accept_if_any_accepted\n")
    program = next(p for p in problem.submissions if p.path.name == "positive_only.py")
    accepted = judge(path, program.files, language="python")
    assert (accepted.verdict, accepted.score) == (V.AC, 30)  # partially accepted, as Kattis says


def test_function_style_python(runner_image):
    problem = load_problem(PROBLEMS / "twosum")
    results = {p.folder: run(problem, p) for p in problem.submissions}
    assert results["accepted"].verdict == V.AC
    assert results["wrong_answer"].verdict == V.WA
    assert results["run_time_error"].verdict == V.RTE
    assert "NotImplementedError" in results["run_time_error"].tests[0].feedback
    mine = judge(PROBLEMS / "twosum", {"whatever.py": b"def two_sum(a, t):\n    return [a.index(x) for x in a "
                                                       b"if t - x in a][:2]\n"}, language="python")
    assert mine.verdict == V.WA and mine.passed == 1  # renamed to solution.py; right on the sample only


def test_a_crashing_validator_is_a_judge_error_not_the_candidates(runner_image):
    result = judge(PROBLEMS / "broken", {"echo.py": b"print(input())"}, language="python")
    assert result.verdict == V.JE and result.score == 0
    assert "the output validator failed" in result.message and "validator bug" in result.message


def test_a_validator_that_does_not_compile_is_a_judge_error(runner_image, tmp_path):
    path = copy_problem("broken", tmp_path)
    (path / "output_validators/crash.py").write_text("def broken(:\n")
    result = judge(path, {"echo.py": b"print(input())"}, language="python")
    assert result.verdict == V.JE and "does not compile" in result.message and result.tests == ()


@pytest.mark.parametrize("files, language, message", [
    ({"bad.py": b"print('\xff')\n"}, "python", "bad.py is not UTF-8"),
    ({"empty.py": b""}, "python", "empty"),
    ({"a.py": b"print(1)"}, "cobol", "unknown language 'cobol'"),
    ({"solution.py": b"  \n"}, "python", "empty"),
])
def test_unusable_submissions_raise_one_clear_sentence(files, language, message):
    with pytest.raises(SubmissionError, match=message):
        judge(PROBLEMS / "sum", files, language=language)
    with pytest.raises(SubmissionError, match=message):
        judge(PROBLEMS / "twosum", files, language=language)


@pytest.mark.docker
def test_a_sandbox_failure_becomes_a_judge_error(runner_image, monkeypatch):
    def broken_enter(self):
        raise sandbox.ContainerProtocolError("the container answered garbage")
    monkeypatch.setattr(sandbox.Sandbox, "__enter__", broken_enter)
    result = judge(PROBLEMS / "sum", {"a.py": b"print(3)"}, language="python")
    assert result.verdict == V.JE and "answered garbage" in result.message


CPP_VALIDATOR = rb"""
#include <cstdio>
#include <string>
int main(int argc, char **argv) {
    long long n, a, b;
    FILE *in = std::fopen(argv[1], "r");
    std::fscanf(in, "%lld", &n);
    std::string path = std::string(argv[3]) + "/judgemessage.txt";
    FILE *msg = std::fopen(path.c_str(), "w");
    if (std::scanf("%lld %lld", &a, &b) != 2 || a < 1 || b < 1 || a + b != n) {
        std::fprintf(msg, "not a pair for %lld\n", n);
        return 43;
    }
    return 42;
}
"""


def test_a_cpp_validator_in_a_folder(runner_image, tmp_path):
    path = copy_problem("anypair", tmp_path)
    folder = path / "output_validators/pair_checker"
    (folder / "validate.py").unlink()
    (folder / "validate.cpp").write_bytes(CPP_VALIDATOR)
    assert judge(path, {"a.py": b"n = int(input())\nprint(n - 1, 1)\n"}, language="python").verdict == V.AC
    wrong = judge(path, {"a.py": b"print(1, 1)\n"}, language="python")
    assert (wrong.verdict, wrong.passed, wrong.tests[1].feedback) == (V.WA, 1, "not a pair for 10")


def test_samples_only_runs_the_samples(runner_image):
    problem = load_problem(PROBLEMS / "groups")
    assert [case.name for case in problem.samples] == ["sample/1"]
    result = judge_problem(problem, {"a.py": b"input()\nprint(max(map(int, input().split())))\n"},
                           language="python", samples_only=True)
    assert (result.verdict, result.total, result.score, result.max_score) == (V.AC, 1, 1.0, 1.0)


def test_a_package_with_samples_alone_is_judged_on_them(runner_image, tmp_path):
    path = copy_problem("sum", tmp_path)
    shutil.rmtree(path / "data/secret")
    result = judge(path, {"a.py": b"print(sum(map(int, input().split())))\n"}, language="python")
    assert (result.verdict, result.total) == (V.AC, 1)
    assert any("judging on the samples alone" in w for w in result.warnings)


def test_an_unusable_submission_is_refused_before_the_time_limit_is_computed(monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("the time limit should not be computed for an empty submission")
    monkeypatch.setattr(timelimit, "slowest_accepted", must_not_run)
    with pytest.raises(SubmissionError, match="empty"):
        judge(PROBLEMS / "anypair", {"a.py": b"\n"}, language="python")


def test_answers_never_enter_the_candidates_container(runner_image, monkeypatch):
    calls = []
    original = sandbox.Sandbox.run

    def spy(self, stdin=b"", **kwargs):
        calls.append((sorted(self.program.files), stdin, kwargs.get("files")))
        return original(self, stdin, **kwargs)
    monkeypatch.setattr(sandbox.Sandbox, "run", spy)
    problem = load_problem(PROBLEMS / "anypair")
    result = judge_problem(problem, {"cand.py": b"n = int(input())\nprint(1, n - 1)\n"}, language="python",
                           time_limit=1)
    assert result.verdict == V.AC
    candidate = [call for call in calls if call[0] == ["cand.py"]]
    validator = [call for call in calls if call[0] == ["validate.py"]]
    answers = {case.answer_path.read_bytes() for case in problem.tests}
    assert len(candidate) == len(validator) == 3
    assert all(files is None and stdin not in answers for _, stdin, files in candidate)
    assert all(files["answer"] in answers for _, _, files in validator)


def test_stop_on_failure_skips_the_tests_after_the_deciding_one(runner_image):
    program = next(p for p in SUM.submissions if p.path.name == "overflow.c")
    result = judge_problem(SUM, program.files, language="c", stop_on_failure=True)
    assert (result.verdict, result.passed, len(result.tests), result.total) == (V.WA, 2, 3, 4)


GUESS = load_problem(PROBLEMS / "guess")


@pytest.mark.parametrize("program", GUESS.submissions, ids=lambda p: f"{p.folder}/{p.path.name}")
def test_interactive_submissions_get_their_folders_verdict(runner_image, program):
    result = run(GUESS, program)
    assert result.verdict == program.expected, result.to_json()
    if result.verdict == V.AC:
        assert result.passed == result.total == 4 and "found in" in result.tests[-1].feedback


def test_interactive_verdict_rules(runner_image):
    results = {p.path.name: run(GUESS, p) for p in GUESS.submissions if p.folder != "accepted"}
    assert "not found in 10 guesses" in results["always_one_then_loop.py"].tests[0].feedback  # WA beats its TLE
    assert "wall time limit" in results["never_flushes.py"].tests[0].feedback
    assert "exit code 3" in results["crashes.py"].tests[0].feedback


def test_the_interactor_input_and_answer_never_reach_the_candidate(runner_image, monkeypatch):
    sent = []
    original_send = sandbox.containers.Container.send

    def record(self, header, blobs=()):
        sent.append((self.name, header, [bytes(b) for b in blobs]))
        return original_send(self, header, blobs)
    monkeypatch.setattr(sandbox.containers.Container, "send", record)
    program = next(p for p in GUESS.submissions if p.path.name == "binary.py")
    assert run(GUESS, program).verdict == V.AC
    secrets = {case.input_path.read_bytes() for case in GUESS.tests}
    interacts = [(name, header, blobs) for name, header, blobs in sent if header.get("op") == "interact"]
    candidate = {name for name, header, _ in interacts if header["files"] == []}
    assert len(candidate) == 1 and len(interacts) == 8
    for name, header, blobs in sent:
        if name in candidate:  # the candidate's container only ever gets its sources and the interactor's words
            assert not any(secret in blob for secret in secrets for blob in blobs if header.get("op") != "files")
            assert header.get("op") in ("files", "exec", "interact", "stdin", "end")


def test_java_file_names_come_from_code_not_comments(runner_image):
    commented = {"hello.java": b"/*\n * This file declares another public class\n * 'message'; a public class "
                               b"Comment too.\n */\npublic class hello {\n  public static void main(String[] a) {\n"
                               b"    java.util.Scanner in = new java.util.Scanner(System.in);\n"
                               b"    System.out.println(message.add(in.nextLong(), in.nextLong()));\n  }\n}\n",
                 "message.java": b"// public class Fake\npublic class message {\n  static long add(long a, long b) "
                                 b"{ String s = \"public class Nope\"; return a + b; }\n}\n"}
    assert judge(PROBLEMS / "sum", commented, language="java").verdict == V.AC
    no_main = judge(PROBLEMS / "sum", {"main.java": b"public class main {\n  int main() { return 0; }\n}\n"},
                    language="java")
    assert no_main.verdict == V.CE and "exactly one class" in no_main.compile_output
    two = {name: b"public class %s { public static void main(String[] a) {} }\n" % name[:1].encode()
           for name in ("a.java", "b.java")}
    assert judge(PROBLEMS / "sum", two, language="java").verdict == V.CE


def test_a_cpp_file_ending_in_c_plus_plus(runner_image):
    source = b"#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",a+b);}\n"
    assert judge(PROBLEMS / "sum", {"sum.c++": source}, language="cpp").verdict == V.AC


def test_a_python2_reference_is_skipped_and_the_derived_limit_cached(runner_image, tmp_path):
    path = copy_problem("anypair", tmp_path)
    (path / "submissions/accepted/old.py").write_text("#!/usr/bin/python2\nn = input()\nprint 1, n - 1\n")
    problem = load_problem(path)
    assert "old.py" not in [p.path.name for p in problem.submissions]
    assert any("Python 2" in w.message for w in problem.warnings)
    assert timelimit.resolve_time_limit(problem, judge_problem) == 1.0
    assert json.loads(timelimit.cache_file(path).read_text())["time_limit"] == 1.0

    def must_not_run(*args, **kwargs):
        raise AssertionError("the cached time limit should have been used")
    assert timelimit.resolve_time_limit(load_problem(path), must_not_run) == 1.0


def test_practice_run_of_an_interactive_problem_uses_the_interactor(runner_image):
    from grader.coding import run_samples
    program = next(p for p in GUESS.submissions if p.path.name == "binary.py")
    outcome = run_samples(GUESS, program.files, language="python")
    assert outcome.verdict == "AC" and [run.name for run in outcome.runs] == ["sample/1"]
    assert outcome.runs[0].input == "" and outcome.runs[0].expected is None  # the interactor's data stays hidden
    crash = next(p for p in GUESS.submissions if p.path.name == "crashes.py")
    assert run_samples(GUESS, crash.files, language="python").verdict == "RTE"
