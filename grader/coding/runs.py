"""One test of a submission: run it in the sandbox and decide the test's verdict.

``run_test`` judges a batch test (the program reads the input on stdin, its
output is validated on the host or by the custom validator in its own
container); ``run_interactive_test`` judges an interactive one (the program and
the interactor talk through pipes the host relays, see ``sandbox.interact``).

Interactive verdicts follow problemtools: the interactor's exit code alone
decides what it says (42 accepts, 43 rejects, anything else, a crash or no
answer is JE; an interactor stopped at its time limit is taken as a rejection);
an interactor that ends first rejecting wins over whatever the program did
after (WA, even if it then ran out of time or crashed); otherwise the program's
own verdict (TLE, MLE, OLE, RTE; a program killed by SIGPIPE counts as ended
normally) comes before the interactor's answer.
"""

import signal

import sandbox
from sandbox.interactive import INTERACTOR

from .results import JudgeVerdict, TestResult
from .validators import ACCEPTED, FAILED, FEEDBACK_DIR, JUDGE_MESSAGE, REJECTED, Validation, decide, \
    default_validate, parse_flags

RUN_VERDICTS = {sandbox.Verdict.TLE: JudgeVerdict.TLE, sandbox.Verdict.MLE: JudgeVerdict.MLE,
                sandbox.Verdict.OLE: JudgeVerdict.OLE, sandbox.Verdict.RTE: JudgeVerdict.RTE,
                sandbox.Verdict.CE: JudgeVerdict.CE, sandbox.Verdict.SE: JudgeVerdict.JE}
"""Sandbox verdicts that decide a test without looking at its output (OK goes to the validator)."""
VALIDATION_VERDICTS = {ACCEPTED: JudgeVerdict.AC, REJECTED: JudgeVerdict.WA, FAILED: JudgeVerdict.JE}
MAX_STDERR_SHOWN = 500
"""Characters of a failing program's stderr kept in its feedback."""


def _read(case):
    """The test's input and answer, or a JE result when they cannot be read."""
    try:
        return case.input_path.read_bytes(), case.answer_path.read_bytes(), None
    except OSError as exc:
        return None, None, TestResult(case.name, case.group, JudgeVerdict.JE, feedback=f"cannot read the test: {exc}")


def _measures(run):
    return {"cpu_time": run.cpu_time, "wall_time": run.wall_time, "memory_kb": run.memory_kb}


def run_test(box, case, flags, validator) -> TestResult:
    """Run ``box`` (a compiled ``sandbox.Sandbox``) on one batch test and validate its output."""
    input_data, answer, failed = _read(case)
    if failed:
        return failed
    run = box.run(input_data)
    if run.verdict != sandbox.Verdict.OK:
        return TestResult(case.name, case.group, RUN_VERDICTS[run.verdict], feedback=run_feedback(run),
                          **_measures(run))
    if validator is None:
        validation = default_validate(answer, run.stdout, parse_flags(flags))
    else:
        validation = validator.check(input_data, answer, run.stdout, flags)
    return TestResult(case.name, case.group, VALIDATION_VERDICTS[validation.outcome], feedback=validation.message,
                      **_measures(run))


def run_interactive_test(box, validator, case, flags) -> TestResult:
    """Run ``box`` against the interactor (``validator``, a compiled ``CustomValidator``) on one test."""
    input_data, answer, failed = _read(case)
    if failed:
        return failed
    try:
        interaction = sandbox.interact(box, validator.box, interactor_args=["input", "answer", f"{FEEDBACK_DIR}/",
                                                                            *flags],
                                       interactor_files={"input": input_data, "answer": answer},
                                       interactor_mkdirs=[FEEDBACK_DIR], interactor_collect=[JUDGE_MESSAGE])
    except sandbox.SandboxError as exc:
        return TestResult(case.name, case.group, JudgeVerdict.JE, feedback=f"the sandbox failed: {exc}")
    verdict, feedback = interactive_verdict(interaction)
    return TestResult(case.name, case.group, verdict, feedback=feedback, **_measures(interaction.program))


def interactive_verdict(interaction):
    """``(verdict, feedback)`` of an interactive run, by problemtools' rules (see the module's docstring)."""
    program, interactor = interaction.program, interaction.interactor
    if program.verdict == sandbox.Verdict.SE:
        return JudgeVerdict.JE, f"the sandbox failed: {program.detail}"
    validation = decide(interactor)
    if interactor.verdict == sandbox.Verdict.TLE and validation.outcome == FAILED:
        validation = Validation(REJECTED, "the interactor was stopped at its time limit (taken as a rejection)")
    if validation.outcome == FAILED:
        return JudgeVerdict.JE, validation.message.replace("output validator", "interactor", 1)
    if validation.outcome == REJECTED and interaction.first == INTERACTOR:
        return JudgeVerdict.WA, validation.message
    if program.verdict != sandbox.Verdict.OK and program.signal != signal.SIGPIPE:
        return RUN_VERDICTS[program.verdict], run_feedback(program)
    return VALIDATION_VERDICTS[validation.outcome], validation.message


def run_feedback(run) -> str:
    """Why a run failed, for the test's feedback: what stopped it and the end of its stderr."""
    stderr = run.stderr.decode("utf-8", "replace")[-MAX_STDERR_SHOWN:].strip()
    parts = [run.detail]
    if run.verdict == sandbox.Verdict.RTE:
        parts.append(f"exit code {run.exit_code}" if run.signal is None else f"signal {run.signal}")
    if stderr:
        parts.append(f"stderr: {stderr}")
    return "; ".join(part for part in parts if part)
