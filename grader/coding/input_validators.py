"""Input validators, as the Kattis format has them: every test input is checked against the statement's bounds.

``input_validators/`` holds one or more programs (a file, or a folder for a
multi-file program) in python, c, cpp or java.  Each is compiled once in its own
sandbox and run on every ``.in`` of ``data/`` (samples included) with the input
on stdin and the flags of the nearest ``testdata.yaml`` (``input_validator_flags``,
legacy, or ``input_validator_args``, 2023) as arguments: exit 42 means valid, 43
invalid (what it printed says why), anything else is a broken validator.
``check_inputs(problem, report)`` records one finding per rejected input, naming
the file; ``vetkit bank check`` calls it for every problem.
"""

from pathlib import Path

import sandbox
from question_bank.findings import error
from question_bank.yamlsource import YamlList, YamlMap, read_yaml

from .sources import read_program
from .validators import EXIT_ACCEPT, EXIT_REJECT, VALIDATOR_LIMITS

INPUT_VALIDATORS_DIR = "input_validators"
FLAG_KEYS = ("input_validator_flags", "input_validator_args")
MAX_MESSAGE_CHARS = 300
"""Characters of a validator's explanation kept in a finding."""


def read_input_validators(problem_dir, findings):
    """The programs under ``input_validators/`` (hidden entries skipped), in name order."""
    folder = Path(problem_dir) / INPUT_VALIDATORS_DIR
    if not folder.is_dir():
        return ()
    programs = (read_program(entry, "input_validator", findings)
                for entry in sorted(folder.iterdir()) if not entry.name.startswith("."))
    return tuple(program for program in programs if program is not None)


def input_flags(problem_dir, input_path):
    """The input validator flags of the nearest ``testdata.yaml`` above ``input_path`` (within ``data/``)."""
    data_dir = Path(problem_dir) / "data"
    folder = Path(input_path).parent
    while True:
        file = folder / "testdata.yaml"
        if file.is_file():
            settings, _ = read_yaml(file)
            for key in FLAG_KEYS:
                if isinstance(settings, YamlMap) and key in settings:
                    value = settings[key]
                    return tuple(str(v) for v in value) if isinstance(value, YamlList) else tuple(
                        str(value or "").split())
        if folder == data_dir or data_dir not in folder.parents:
            return ()
        folder = folder.parent


def check_inputs(problem, report, *, required=True):
    """Run every input validator of ``problem`` on every test input; a missing validator is an error if ``required``."""
    findings = []
    validators = read_input_validators(problem.path, findings)
    for finding in findings:
        (report.error if finding.is_error else report.warning)(finding.file, finding.line, finding.message)
    if not validators:
        (report.error if required else report.warning)(
            problem.path / INPUT_VALIDATORS_DIR, None,
            "has no input validator; add a program that exits 42 for a valid input and 43 otherwise")
        return
    for program in validators:
        for finding in _run_validator(problem, program):
            (report.error if finding.is_error else report.warning)(finding.file, finding.line, finding.message)


def _run_validator(problem, program):
    """Findings of one validator over every input of the problem."""
    try:
        box = sandbox.Sandbox(program.files, language=program.language, limits=VALIDATOR_LIMITS)
    except sandbox.InvalidSubmission as exc:
        return [error(program.path, None, f"is unusable as an input validator: {exc}")]
    findings = []
    with box:
        compiled = box.compile()
        if compiled.verdict != sandbox.Verdict.OK:
            return [error(program.path, None, f"the input validator does not compile: "
                                              f"{compiled.output.strip()[:MAX_MESSAGE_CHARS]}")]
        for case in problem.tests:
            run = box.run(case.input_path.read_bytes(), args=list(input_flags(problem.path, case.input_path)))
            said = (run.stdout + b" " + run.stderr).decode("utf-8", "replace").strip()[:MAX_MESSAGE_CHARS]
            if run.verdict in (sandbox.Verdict.OK, sandbox.Verdict.RTE) and run.exit_code == EXIT_ACCEPT:
                continue
            if run.verdict in (sandbox.Verdict.OK, sandbox.Verdict.RTE) and run.exit_code == EXIT_REJECT:
                findings.append(error(case.input_path, None, f"is rejected by the input validator "
                                      f"{program.path.name}: {said or 'no reason given'}; fix the generator "
                                      "or the validator"))
            else:
                findings.append(error(program.path, None, f"failed on {case.name} ({run.verdict.value}, exit code "
                                      f"{run.exit_code}): {said}; it must exit 42 (valid) or 43 (invalid)"))
    return findings

