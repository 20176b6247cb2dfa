"""Output validation: problemtools' default validator on the host, and custom validators in their own container.

The default validator compares whitespace-separated tokens exactly as problemtools'
``default_validator.cc`` does: case-insensitive (ASCII) unless ``case_sensitive``;
whitespace ignored except with ``space_change_sensitive``, where every whitespace
byte of the answer must be matched by the same byte of the output (so a missing
final newline is WA) and the output may have no other; with a float tolerance, an
answer token that is a finite float accepts an output float within the absolute
or relative tolerance.  Tokens are compared as bytes, NUL bytes included.

A custom validator is compiled once in its own sandbox (never beside candidate
code) and run per test as ``validator input answer feedback/ [flags] < output``:
its exit code alone decides (``decide``): 42 accepts, 43 rejects, anything else
(a signal, a limit, any other code) is a judge error.
"""

import math
import re
from dataclasses import dataclass

import sandbox

from ..errors import ProblemError

EXIT_ACCEPT = 42
EXIT_REJECT = 43
ACCEPTED, REJECTED, FAILED = "accepted", "rejected", "failed"
WHITESPACE = b" \t\n\v\f\r"
BOOLEAN_FLAGS = ("case_sensitive", "space_change_sensitive")
FLOAT_FLAGS = ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance")
FEEDBACK_DIR = "feedback"
JUDGE_MESSAGE = f"{FEEDBACK_DIR}/judgemessage.txt"
MAX_FEEDBACK_CHARS = 4000
"""Longest validator message kept as feedback."""
MAX_TOKEN_SHOWN = 60
"""Longest token quoted in a message."""
VALIDATOR_LIMITS = sandbox.Limits(cpu_time=30.0, wall_time=60.0, memory_mb=1024, stdout_bytes=1 << 20)
"""Limits of one validator run (problemtools: validation_time 60 s, validation_memory 1024 MiB)."""
_FLOAT = re.compile(rb"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|"
                    rb"\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?)")


@dataclass(frozen=True)
class Validation:
    """What a validator said: ``outcome`` accepted, rejected or failed (a judge error), with its message."""

    outcome: str
    message: str = ""

    @property
    def accepted(self) -> bool:
        """True when the output was accepted."""
        return self.outcome == ACCEPTED


@dataclass(frozen=True)
class DefaultFlags:
    """The default validator's settings."""

    case_sensitive: bool = False
    space_change_sensitive: bool = False
    absolute_tolerance: float = -1.0
    relative_tolerance: float = -1.0

    @property
    def floats(self) -> bool:
        """True when a float tolerance is set."""
        return self.absolute_tolerance >= 0 or self.relative_tolerance >= 0


def parse_flags(flags) -> DefaultFlags:
    """The default validator's settings from its flags; raises ProblemError for an unknown or malformed flag."""
    settings, words, index = {}, list(flags), 0
    while index < len(words):
        word = words[index]
        if word in BOOLEAN_FLAGS:
            settings[word] = True
        elif word in FLOAT_FLAGS:
            value = parse_float(words[index + 1].encode()) if index + 1 < len(words) else None
            if value is None:
                raise ProblemError(f"validator flag {word} needs a number after it (flags: {' '.join(words)})")
            index += 1
            if word != "float_relative_tolerance":
                settings["absolute_tolerance"] = value
            if word != "float_absolute_tolerance":
                settings["relative_tolerance"] = value
        else:
            raise ProblemError(f"unknown validator flag {word!r} for the default validator; use "
                               f"{', '.join(BOOLEAN_FLAGS + FLOAT_FLAGS)}")
        index += 1
    return DefaultFlags(**settings)


def parse_float(token: bytes) -> float | None:
    """The finite value of ``token`` when all of it is a C ``strtod`` number, else None."""
    if not _FLOAT.fullmatch(token):
        return None
    text = token.decode("ascii")
    try:
        value = float.fromhex(text) if "x" in text.lower() else float(text)
    except (ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def _show(token: bytes) -> str:
    text = token.decode("utf-8", "replace")
    return text if len(text) <= MAX_TOKEN_SHOWN else text[:MAX_TOKEN_SHOWN] + "..."


class _Cursor:
    """A position in a byte string that counts lines, for messages."""

    def __init__(self, data: bytes):
        self.data, self.pos, self.line = data, 0, 1

    def take_space(self):
        """Skip whitespace; return it."""
        start = self.pos
        while self.pos < len(self.data) and self.data[self.pos] in WHITESPACE:
            self.pos += 1
        chunk = self.data[start:self.pos]
        self.line += chunk.count(b"\n")
        return chunk

    def token(self):
        """Read the next token (empty at the end)."""
        start = self.pos
        while self.pos < len(self.data) and self.data[self.pos] not in WHITESPACE:
            self.pos += 1
        return self.data[start:self.pos]


def default_validate(answer: bytes, output: bytes, flags=DefaultFlags()) -> Validation:
    """Compare ``output`` to ``answer`` as problemtools' default validator does."""
    judge, team = _Cursor(answer), _Cursor(output)
    index = 0
    while True:
        message = _match_space(judge, team, flags)
        if message:
            return _reject(message, judge, team)
        expected = judge.token()
        if not expected:
            break
        got = team.token()
        if not got:
            detail = "the output was empty" if not output else ("the output had no tokens" if index == 0 else "")
            return _reject(f"the output ended while the answer had more: expected {_show(expected)!r}"
                           + (f" ({detail})" if detail else ""), judge, team)
        message = _compare(expected, got, flags)
        if message:
            return _reject(message, judge, team)
        index += 1
    team.take_space()
    trailing = team.token()
    if trailing:
        return _reject(f"trailing output: {_show(trailing)!r}", judge, team)
    return Validation(ACCEPTED)


def _match_space(judge, team, flags):
    expected = judge.take_space()
    if not flags.space_change_sensitive:
        team.take_space()
        return ""
    got = team.data[team.pos:team.pos + len(expected)]
    if got != expected:
        return f"space change error: expected {expected!r}, got {got!r}"
    team.pos += len(expected)
    team.line += expected.count(b"\n")
    extra = team.take_space()
    return f"space change error: unexpected whitespace {extra!r}" if extra else ""


def _compare(expected, got, flags):
    if flags.floats and (want := parse_float(expected)) is not None:
        have = parse_float(got)
        if have is None:
            return f"expected a float, got {_show(got)!r}"
        diff = abs(want - have)
        if not (diff <= flags.absolute_tolerance or diff <= flags.relative_tolerance * abs(want)):
            return (f"too large a difference: expected {_show(expected)}, got {_show(got)}, difference {diff:g} "
                    f"(absolute tolerance {flags.absolute_tolerance:g}, relative {flags.relative_tolerance:g})")
        return ""
    same = expected == got if flags.case_sensitive else expected.lower() == got.lower()
    return "" if same else f"expected {_show(expected)!r}, got {_show(got)!r}"


def _reject(message, judge, team):
    return Validation(REJECTED, f"wrong answer on line {team.line} of the output "
                                f"(line {judge.line} of the answer): {message}")


class CustomValidator:
    """A package's output validator, compiled once in its own container: a context manager."""

    def __init__(self, program, *, limits=VALIDATOR_LIMITS):
        """Prepare the validator's sandbox (``limits`` per run); ProblemError when its files are unusable."""
        self.program = program
        try:
            self.box = sandbox.Sandbox(program.files, language=program.language, limits=limits)
        except sandbox.InvalidSubmission as exc:
            raise ProblemError(f"{program.path}: the output validator is unusable: {exc}") from None
        self.compile_error = ""

    def __enter__(self):
        self.box.__enter__()
        compiled = self.box.compile()
        if compiled.verdict != sandbox.Verdict.OK:
            self.compile_error = (f"{self.program.path}: the output validator does not compile "
                                  f"({compiled.verdict.value}): {compiled.output.strip()[:MAX_FEEDBACK_CHARS]}")
        return self

    def __exit__(self, *exc):
        self.box.__exit__(*exc)

    def check(self, input_data: bytes, answer: bytes, output: bytes, flags=()) -> Validation:
        """Run the validator on one test's files and the program's ``output``."""
        if self.compile_error:
            return Validation(FAILED, self.compile_error)
        run = self.box.run(output, args=["input", "answer", f"{FEEDBACK_DIR}/", *flags],
                           files={"input": input_data, "answer": answer}, mkdirs=[FEEDBACK_DIR],
                           collect=[JUDGE_MESSAGE])
        return decide(run)


def decide(run) -> Validation:
    """A validator's decision from its run: its exit code alone (42 accepts, 43 rejects, anything else fails).

    What it wrote to stderr (often the team's output, quoted) never changes the
    decision, however the sandbox would classify such a run for a candidate.
    """
    message = run.files.get(JUDGE_MESSAGE, b"").decode("utf-8", "replace")[:MAX_FEEDBACK_CHARS].strip()
    if run.verdict != sandbox.Verdict.SE and run.signal is None and run.exit_code in (EXIT_ACCEPT, EXIT_REJECT):
        return Validation(ACCEPTED if run.exit_code == EXIT_ACCEPT else REJECTED, message)
    stderr = run.stderr.decode("utf-8", "replace")[-MAX_FEEDBACK_CHARS:].strip()
    ended = f"signal {run.signal}" if run.signal is not None else f"exit code {run.exit_code}"
    return Validation(FAILED, f"the output validator failed ({ended}{', ' + run.detail if run.detail else ''}"
                              f"{', ' + run.verdict.value if run.verdict == sandbox.Verdict.SE else ''}): "
                              f"{message or stderr}".strip())
