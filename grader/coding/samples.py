"""The practice "Run" button: run a submission on a problem's sample tests, or on the candidate's own input.

Unlike ``judge``, the result keeps what the program printed, because samples are
public: each sample's input, expected output, the program's output and stderr,
its verdict, time and memory.  Custom input is run once and only its output is
shown (there is nothing to compare with).  Only sample data ever reaches this
module's container.  An interactive problem's samples run against its
interactor, in its own container; their input and answer are the interactor's
and are never shown (the statement's ``.interaction`` files show the exchange).
"""

from contextlib import ExitStack
from dataclasses import dataclass, field

import sandbox

from ..errors import SubmissionError
from .judge import _new_sandbox, _validator, flags_by_test, judge_problem, submission_files
from .kattis import Problem
from .results import JudgeVerdict
from .runs import RUN_VERDICTS, VALIDATION_VERDICTS, run_feedback, run_interactive_test
from .timelimit import resolve_time_limit
from .validators import default_validate, parse_flags

MIB = 1 << 20
SHOWN_BYTES = 64 * 1024
"""Most bytes of each input, output and stderr shown back."""


@dataclass(frozen=True)
class SampleRun:
    """One run on a sample (with ``expected``) or on custom input (``expected`` is None)."""

    name: str
    verdict: str
    input: str
    output: str
    stderr: str
    expected: str | None = None
    feedback: str = ""
    cpu_time: float = 0.0
    memory_kb: int = 0

    def to_json(self):
        """A JSON-ready dict."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class RunOutcome:
    """A compilation and the runs after it; ``verdict`` is the first non-accepted one (or AC / OK)."""

    verdict: str
    compile_output: str = ""
    runs: tuple = field(default=())
    time_limit: float = 0.0
    memory_mb: int = 0

    def to_json(self):
        """A JSON-ready dict."""
        return {"verdict": self.verdict, "compile_output": self.compile_output, "time_limit": self.time_limit,
                "memory_mb": self.memory_mb, "runs": [run.to_json() for run in self.runs]}


def _text(data: bytes) -> str:
    return data[:SHOWN_BYTES].decode("utf-8", "replace")


def run_samples(problem: Problem, files, *, language, stdin=None, session=None) -> RunOutcome:
    """Run ``files`` on ``problem``'s samples, or once on ``stdin`` (bytes) when given.

    ``session`` is the candidate's key for a session container (see ``sandbox.sessions``); None: single use.

    Raises ``SubmissionError`` for unusable files, ``EngineUnavailable``/``ImageMissing``
    when there is no sandbox; any other sandbox failure becomes the verdict JE.
    """
    files = submission_files(problem, files, language)
    limit = resolve_time_limit(problem, judge_problem)
    limits = sandbox.Limits(cpu_time=limit, memory_mb=problem.memory_mb, stdout_bytes=problem.output_mb * MIB)
    box = _new_sandbox(files, language, limits, session=session)
    try:
        with ExitStack() as stack:
            custom = stdin is None and problem.validator is not None
            validator = stack.enter_context(_validator(problem)) if custom else None
            stack.enter_context(box)
            compiled = box.compile()
            if compiled.verdict != sandbox.Verdict.OK:
                verdict = JudgeVerdict.CE if compiled.verdict == sandbox.Verdict.CE else JudgeVerdict.JE
                return RunOutcome(verdict.value, compiled.output, (), limit, problem.memory_mb)
            runs = (_custom_run(box, stdin),) if stdin is not None else _sample_runs(problem, box, validator)
    except (sandbox.EngineUnavailable, sandbox.ImageMissing):
        raise
    except sandbox.SandboxError as exc:
        return RunOutcome(JudgeVerdict.JE.value, f"the sandbox failed: {exc}", (), limit, problem.memory_mb)
    good = ("OK", JudgeVerdict.AC.value)
    verdict = next((run.verdict for run in runs if run.verdict not in good), runs[0].verdict if runs else "AC")
    return RunOutcome(verdict, compiled.output, runs, limit, problem.memory_mb)


def _custom_run(box, stdin) -> SampleRun:
    run = box.run(stdin)
    verdict = "OK" if run.verdict == sandbox.Verdict.OK else RUN_VERDICTS[run.verdict].value
    return SampleRun("custom", verdict, _text(stdin), _text(run.stdout), _text(run.stderr),
                     feedback=run_feedback(run) if verdict != "OK" else "", cpu_time=run.cpu_time,
                     memory_kb=run.memory_kb)


def _sample_runs(problem, box, validator):
    flags = flags_by_test(problem)
    runs = []
    for case in problem.samples:
        if problem.interactive:
            test = run_interactive_test(box, validator, case, flags[case.name])
            runs.append(SampleRun(case.name, test.verdict.value, "", "", "", feedback=test.feedback,
                                  cpu_time=test.cpu_time, memory_kb=test.memory_kb))
            continue
        input_data, answer = case.input_path.read_bytes(), case.answer_path.read_bytes()
        run = box.run(input_data)
        if run.verdict != sandbox.Verdict.OK:
            verdict, feedback = RUN_VERDICTS[run.verdict], run_feedback(run)
        else:
            check = (default_validate(answer, run.stdout, parse_flags(flags[case.name])) if validator is None
                     else validator.check(input_data, answer, run.stdout, flags[case.name]))
            verdict, feedback = VALIDATION_VERDICTS[check.outcome], check.message
        runs.append(SampleRun(case.name, verdict.value, _text(input_data), _text(run.stdout), _text(run.stderr),
                              expected=_text(answer), feedback=feedback, cpu_time=run.cpu_time,
                              memory_kb=run.memory_kb))
    return tuple(runs)


def run_one_test(problem: Problem, files, *, language, test_name) -> SampleRun:
    """Run ``files`` on one test of ``problem`` (hidden ones included) and keep its output, for a reviewer's diff.

    Only a recruiter's review calls this: the test's input enters the candidate's program,
    as it did when judged; the expected answer stays on the host.
    """
    case = next((c for c in problem.tests if c.name == test_name), None)
    if case is None:
        raise SubmissionError(f"the problem has no test {test_name!r}")
    files = submission_files(problem, files, language)
    limit = resolve_time_limit(problem, judge_problem)
    box = _new_sandbox(files, language, sandbox.Limits(cpu_time=limit, memory_mb=problem.memory_mb,
                                                       stdout_bytes=problem.output_mb * MIB))
    input_data, answer = case.input_path.read_bytes(), case.answer_path.read_bytes()
    with box:
        compiled = box.compile()
        if compiled.verdict != sandbox.Verdict.OK:
            return SampleRun(case.name, JudgeVerdict.CE.value, _text(input_data), "", compiled.output,
                             expected=_text(answer))
        run = box.run(input_data)
    verdict = "OK" if run.verdict == sandbox.Verdict.OK else RUN_VERDICTS[run.verdict].value
    return SampleRun(case.name, verdict, _text(input_data), _text(run.stdout), _text(run.stderr),
                     expected=_text(answer), feedback=run_feedback(run) if verdict != "OK" else "",
                     cpu_time=run.cpu_time, memory_kb=run.memory_kb)
