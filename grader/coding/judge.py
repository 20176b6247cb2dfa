"""Judge a submission against a problem package: compile once, run the tests in one container, validate on the host.

``judge(problem_dir, files, language=...)`` loads the package and returns a
``JudgeResult``.  Which tests run, and how their verdicts become the
submission's verdict and score, is decided by the package's grading rules
(``grader.coding.grading``: problemtools' default grader with ``grader_flags``
and ``on_reject`` for legacy packages, the 2023-07 scoring rules otherwise).
JE (a broken problem or our failure) takes precedence over any verdict, because
the result cannot be trusted.  Expected answers never enter the candidate's
container; a custom validator, or an interactive problem's interactor, runs in
its own.  Unusable input raises ``ProblemError`` (the package) or
``SubmissionError`` (the submission).

Pass-fail problems are judged lazily, as Kattis and DOMjudge do: judging stops
at the first test not accepted whenever the rules make that test decide the
verdict (``grading.first_failure_decides``), and ``JudgeResult.not_run`` names
the tests skipped.  ``all_tests=True`` (practice, for feedback) runs every test
the package's own rules ask for.  Scoring problems always run every group.
"""

from contextlib import ExitStack
from dataclasses import replace

import sandbox
from question_bank.findings import error

from ..errors import ProblemError, SubmissionError
from . import grading
from .kattis import Problem, load_problem
from .metadata import DRIVER_FILE, SOLUTION_FILE
from .results import SAMPLE_GROUP, JudgeResult, JudgeVerdict
from .runs import run_interactive_test, run_test
from .timelimit import resolve_time_limit
from .validators import VALIDATOR_LIMITS, CustomValidator, parse_flags

MIB = 1 << 20


def judge(problem_dir, files, *, language, time_limit=None, samples_only=False, all_tests=False) -> JudgeResult:
    """Judge ``files`` (name to bytes) in ``language`` against the package at ``problem_dir``."""
    return judge_problem(load_problem(problem_dir), files, language=language, time_limit=time_limit,
                         samples_only=samples_only, all_tests=all_tests)


def judge_problem(problem: Problem, files, *, language, time_limit=None, samples_only=False,
                  stop_on_failure=False, all_tests=False, session=None) -> JudgeResult:
    """Judge ``files`` against a loaded ``problem``.

    ``time_limit`` (seconds) overrides the package's; ``samples_only`` runs the sample tests alone (the
    practice "Run" button), scored as a pass-fail problem, every sample run; ``all_tests`` turns lazy
    judging of pass-fail problems off; ``stop_on_failure`` skips the tests after the first failing one
    when that cannot change the verdict, scoring problems included (the checker's shortcut for
    submissions expected to fail); ``session`` is the sandbox session key (``sandbox.sessions``) whose
    container runs the submission, when sessions are on (a custom validator's container stays single-use).
    """
    files = submission_files(problem, files, language)
    _new_sandbox(files, language, sandbox.Limits())  # refuse an unusable submission before any work
    limit = time_limit or resolve_time_limit(problem, judge_problem)
    if samples_only:
        problem, all_tests = _samples_only(problem), True
    flags = flags_by_test(problem)
    box = _new_sandbox(files, language, sandbox.Limits(cpu_time=limit, memory_mb=problem.memory_mb,
                                                       stdout_bytes=problem.output_mb * MIB), session=session)
    summary = {"time_limit": limit, "memory_mb": problem.memory_mb, "total": len(problem.tests),
               "warnings": tuple(f.format() for f in problem.warnings)}
    stop = (stop_on_failure or is_lazy(problem, all_tests)) and grading.first_failure_decides(problem)
    try:
        return _judge_in_sandboxes(problem, box, flags, summary, stop)
    except (sandbox.EngineUnavailable, sandbox.ImageMissing):
        raise  # nothing was judged: the caller retries once the engine is back
    except sandbox.SandboxError as exc:
        return _fail(problem, JudgeVerdict.JE, f"the sandbox failed: {exc}", summary)


def is_lazy(problem, all_tests=False) -> bool:
    """True when ``problem`` is judged lazily: a pass-fail problem whose first failing test decides."""
    return not all_tests and not problem.scoring and grading.first_failure_decides(problem)


def lazy_outcome(problem, full: JudgeResult):
    """(verdict, score) that lazy judging gives, replayed on the test results of the full run ``full``.

    The bank check compares it with the full run's for every reference submission it runs in full.
    """
    if not full.tests or not is_lazy(problem):
        return full.verdict, full.score
    by_name = {test.name: test for test in full.tests}
    graded = grading.grade(problem, lambda case: by_name[case.name], scoring=problem.scoring, stop_on_failure=True)
    return graded.verdict, graded.score


def _samples_only(problem):
    """The problem reduced to its samples, judged pass-fail."""
    samples = tuple(group for group in problem.root.subgroups if group.name == SAMPLE_GROUP)
    return replace(problem, scoring=False, root=replace(problem.root, items=samples))


def _new_sandbox(files, language, limits, session=None):
    """A (not yet started) sandbox for the submission; SubmissionError when the files are unusable."""
    try:
        return sandbox.Sandbox(files, language=language, limits=limits, session=session)
    except sandbox.InvalidSubmission as exc:
        raise SubmissionError(str(exc)) from None


def _validator(problem):
    """The custom validator (or interactor) of ``problem``; an interactor may write as much as a program."""
    if problem.validator is None:
        return None
    limits = VALIDATOR_LIMITS
    if problem.interactive:
        limits = replace(limits, stdout_bytes=max(limits.stdout_bytes, problem.output_mb * MIB))
    return CustomValidator(problem.validator, limits=limits)


def _judge_in_sandboxes(problem, box, flags, summary, stop_on_failure) -> JudgeResult:
    """The validator's container (if any) and the candidate's: compile both, run the tests the rules ask for."""
    with ExitStack() as stack:
        validator = stack.enter_context(_validator(problem)) if problem.validator else None
        if validator and validator.compile_error:
            return _fail(problem, JudgeVerdict.JE, validator.compile_error, summary)
        stack.enter_context(box)
        compiled = box.compile()
        if compiled.verdict != sandbox.Verdict.OK:
            verdict = JudgeVerdict.CE if compiled.verdict == sandbox.Verdict.CE else JudgeVerdict.JE
            return _fail(problem, verdict, compiled.output, summary, compile_output=compiled.output)
        if problem.interactive:
            def judge_test(case):
                return run_interactive_test(box, validator, case, flags[case.name])
        else:
            def judge_test(case):
                return run_test(box, case, flags[case.name], validator)
        graded = grading.grade(problem, judge_test, scoring=problem.scoring, stop_on_failure=stop_on_failure)
    message = next((t.feedback for t in graded.tests if t.verdict == JudgeVerdict.JE), "")
    ran = {t.name for t in graded.tests}
    not_run = tuple(case.name for case in problem.tests if case.name not in ran)
    return JudgeResult(graded.verdict, graded.score, graded.max_score, tests=graded.tests, groups=graded.groups,
                       compile_output=compiled.output, message=message, not_run=not_run, **summary)


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


def _fail(problem, verdict, message, summary, compile_output="") -> JudgeResult:
    return JudgeResult(verdict, 0.0, problem.max_score, message=message.strip(), compile_output=compile_output,
                       not_run=tuple(case.name for case in problem.tests), **summary)
