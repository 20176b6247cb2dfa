"""Judge a submission against a problem package: compile once, run every test in one container, validate on the host.

``judge(problem_dir, files, language=...)`` loads the package and returns a
``JudgeResult``.  Samples run first, then the secret groups; every test runs
even after a failure.  Pass-fail: the first failing test decides the verdict.
Scoring: each group's points are earned IOI style (all its tests pass).  JE
(a broken problem or our failure) takes precedence over any verdict, because the
result cannot be trusted.  Expected answers never enter the candidate's
container; a custom validator runs in its own.  Unusable input raises
``ProblemError`` (the package) or ``SubmissionError`` (the submission).
"""

from contextlib import ExitStack
from dataclasses import replace

import sandbox
from question_bank.findings import error

from ..errors import ProblemError, SubmissionError
from .kattis import Problem, load_problem
from .metadata import DRIVER_FILE, SOLUTION_FILE
from .results import SAMPLE_GROUP, GroupResult, JudgeResult, JudgeVerdict, TestResult
from .timelimit import resolve_time_limit
from .validators import ACCEPTED, FAILED, CustomValidator, default_validate, parse_flags

RUN_VERDICTS = {sandbox.Verdict.TLE: JudgeVerdict.TLE, sandbox.Verdict.MLE: JudgeVerdict.MLE,
                sandbox.Verdict.OLE: JudgeVerdict.OLE, sandbox.Verdict.RTE: JudgeVerdict.RTE,
                sandbox.Verdict.CE: JudgeVerdict.CE, sandbox.Verdict.SE: JudgeVerdict.JE}
"""Sandbox verdicts that decide a test without looking at its output (OK goes to the validator)."""
MIB = 1 << 20
MAX_STDERR_SHOWN = 500
"""Characters of a failing program's stderr kept in its feedback."""


def judge(problem_dir, files, *, language, time_limit=None, samples_only=False) -> JudgeResult:
    """Judge ``files`` (name to bytes) in ``language`` against the package at ``problem_dir``."""
    return judge_problem(load_problem(problem_dir), files, language=language, time_limit=time_limit,
                         samples_only=samples_only)


def judge_problem(problem: Problem, files, *, language, time_limit=None, samples_only=False,
                  stop_on_failure=False) -> JudgeResult:
    """Judge ``files`` against a loaded ``problem``.

    ``time_limit`` (seconds) overrides the package's; ``samples_only`` runs the sample tests alone (the
    practice "Run" button), scored as a pass-fail problem; ``stop_on_failure`` skips the tests after the
    first failing one (the checker's shortcut: that test decides the verdict).
    """
    files = submission_files(problem, files, language)
    _new_sandbox(files, language, sandbox.Limits())  # refuse an unusable submission before any work
    limit = time_limit or resolve_time_limit(problem, judge_problem)
    if samples_only:
        problem = replace(problem, scoring=False, groups=tuple(g for g in problem.groups if g.name == SAMPLE_GROUP))
    flags = flags_by_test(problem)
    box = _new_sandbox(files, language, sandbox.Limits(cpu_time=limit, memory_mb=problem.memory_mb,
                                                       stdout_bytes=problem.output_mb * MIB))
    summary = {"time_limit": limit, "memory_mb": problem.memory_mb, "total": len(problem.tests),
               "warnings": tuple(f.format() for f in problem.warnings)}
    try:
        return _judge_in_sandboxes(problem, box, flags, summary, stop_on_failure)
    except (sandbox.EngineUnavailable, sandbox.ImageMissing):
        raise  # nothing was judged: the caller retries once the engine is back
    except sandbox.SandboxError as exc:
        return _fail(problem, JudgeVerdict.JE, f"the sandbox failed: {exc}", summary)


def _new_sandbox(files, language, limits):
    """A (not yet started) sandbox for the submission; SubmissionError when the files are unusable."""
    try:
        return sandbox.Sandbox(files, language=language, limits=limits)
    except sandbox.InvalidSubmission as exc:
        raise SubmissionError(str(exc)) from None


def _judge_in_sandboxes(problem, box, flags, summary, stop_on_failure) -> JudgeResult:
    """The validator's container (if any) and the candidate's: compile both, run every test."""
    with ExitStack() as stack:
        validator = stack.enter_context(CustomValidator(problem.validator)) if problem.validator else None
        if validator and validator.compile_error:
            return _fail(problem, JudgeVerdict.JE, validator.compile_error, summary)
        stack.enter_context(box)
        compiled = box.compile()
        if compiled.verdict != sandbox.Verdict.OK:
            verdict = JudgeVerdict.CE if compiled.verdict == sandbox.Verdict.CE else JudgeVerdict.JE
            return _fail(problem, verdict, compiled.output, summary, compile_output=compiled.output)
        tests = []
        for case in problem.tests:
            tests.append(_run_test(box, case, flags[case.name], validator))
            if stop_on_failure and tests[-1].verdict != JudgeVerdict.AC:
                break
    return _summarise(problem, tuple(tests), compiled.output, summary)


def submission_files(problem: Problem, files, language) -> dict:
    """The files to compile: for a Python function-style problem, the candidate's solution plus the driver."""
    files = dict(files)
    if language not in sandbox.LANGUAGES:
        raise SubmissionError(f"unknown language {language!r}: use one of {', '.join(sandbox.LANGUAGES)}.")
    function = problem.metadata.function if problem.metadata else None
    if function is None or language != "python":
        return files
    sources = {name: data for name, data in files.items() if name.endswith(".py")}
    shown = SOLUTION_FILE
    if len(sources) == 1 and SOLUTION_FILE not in sources:
        (shown, data), = sources.items()
        _check_utf8(shown, data)
        files = {**{n: d for n, d in files.items() if n != shown}, SOLUTION_FILE: data}
    if SOLUTION_FILE not in files:
        raise SubmissionError(f"this problem is function-style: submit {SOLUTION_FILE} defining "
                              f"{function.name}().")
    if not files[SOLUTION_FILE].strip():
        raise SubmissionError(f"{shown} is empty: define {function.name}() and submit again.")
    return {**{n: d for n, d in files.items() if n != DRIVER_FILE}, DRIVER_FILE: function.driver}


def _check_utf8(name, data):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise SubmissionError(f"{name} is not UTF-8 text: save it as UTF-8 and submit again.") from None


def flags_by_test(problem: Problem) -> dict:
    """Each test's validator flags (problem.yaml's then its group's); raises ProblemError for a bad default flag."""
    flags = {case.name: problem.validator_flags + case.flags for case in problem.tests}
    if problem.validator is None:
        for case in problem.tests:
            try:
                parse_flags(flags[case.name])
            except ProblemError as exc:
                where = _flags_file(problem, case) if case.flags else problem.path / "problem.yaml"
                raise ProblemError(f"{where}: {exc}", [error(where, None, str(exc))]) from None
    return flags


def _flags_file(problem, case):
    """The nearest testdata.yaml above a test: where its validator flags come from."""
    folder = case.input_path.parent
    while not (folder / "testdata.yaml").is_file() and folder != problem.path:
        folder = folder.parent
    return folder / "testdata.yaml"


def _run_test(box, case, flags, validator) -> TestResult:
    try:
        input_data, answer = case.input_path.read_bytes(), case.answer_path.read_bytes()
    except OSError as exc:
        return TestResult(case.name, case.group, JudgeVerdict.JE, feedback=f"cannot read the test: {exc}")
    run = box.run(input_data)
    measures = {"cpu_time": run.cpu_time, "wall_time": run.wall_time, "memory_kb": run.memory_kb}
    if run.verdict != sandbox.Verdict.OK:
        return TestResult(case.name, case.group, RUN_VERDICTS[run.verdict], feedback=_run_feedback(run), **measures)
    if validator is None:
        validation = default_validate(answer, run.stdout, parse_flags(flags))
    else:
        validation = validator.check(input_data, answer, run.stdout, flags)
    verdict = {ACCEPTED: JudgeVerdict.AC, FAILED: JudgeVerdict.JE}.get(validation.outcome, JudgeVerdict.WA)
    return TestResult(case.name, case.group, verdict, feedback=validation.message, **measures)


def _run_feedback(run) -> str:
    stderr = run.stderr.decode("utf-8", "replace")[-MAX_STDERR_SHOWN:].strip()
    parts = [run.detail]
    if run.verdict == sandbox.Verdict.RTE:
        parts.append(f"exit code {run.exit_code}" if run.signal is None else f"signal {run.signal}")
    if stderr:
        parts.append(f"stderr: {stderr}")
    return "; ".join(part for part in parts if part)


def _fail(problem, verdict, message, summary, compile_output="") -> JudgeResult:
    return JudgeResult(verdict, 0.0, problem.max_score, message=message.strip(), compile_output=compile_output,
                       **summary)


def _overall_verdict(tests) -> JudgeVerdict:
    if any(test.verdict == JudgeVerdict.JE for test in tests):
        return JudgeVerdict.JE
    return next((test.verdict for test in tests if test.verdict != JudgeVerdict.AC), JudgeVerdict.AC)


def _group_results(problem, tests):
    accepted = {test.name for test in tests if test.verdict == JudgeVerdict.AC}
    results = []
    for group in problem.groups:
        passed = sum(case.name in accepted for case in group.cases)
        total = len(group.cases)
        earned = group.points * passed if group.per_test else (group.points if passed == total else 0.0)
        results.append(GroupResult(group.name, group.max_points, earned, passed, total))
    return tuple(results)


def _summarise(problem, tests, compile_output, summary) -> JudgeResult:
    verdict = _overall_verdict(tests)
    groups = _group_results(problem, tests)
    if problem.scoring:
        score = 0.0 if verdict == JudgeVerdict.JE else sum(group.earned for group in groups)
    else:
        score = 1.0 if verdict == JudgeVerdict.AC else 0.0
    message = next((t.feedback for t in tests if t.verdict == JudgeVerdict.JE), "")
    return JudgeResult(verdict, score, problem.max_score, tests=tests, groups=groups,
                       compile_output=compile_output, message=message, **summary)
