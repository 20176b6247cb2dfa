"""Programs found in a problem package or given by a candidate: a file or a folder, and its language.

A program is one source file or a folder of them (multi-file C, C++, Java and
Python), as Kattis and DOMjudge accept.  The language comes from the file
extensions; a program whose ``.py`` files all start with a ``#!...python2``
shebang is Python 2, which vetkit does not run (problemtools tells the two apart
the same way).  Reference submissions sit in folders named for their expected verdict
(``grader.coding.expectations``); those in languages vetkit does not run are
skipped with a warning.
"""

import re
from dataclasses import dataclass, replace
from pathlib import Path

from question_bank.findings import error, warning
from sandbox.files import read_files

from .expectations import expected_verdicts
from .results import JudgeVerdict

LANGUAGE_OF_EXTENSION = {".py": "python", ".c": "c", ".cpp": "cpp", ".cc": "cpp", ".cxx": "cpp",
                         ".c++": "cpp", ".java": "java"}
HEADER_EXTENSIONS = (".h", ".hpp")
PYTHON2_SHEBANG = re.compile(rb"#!.*python2\b")
"""problemtools' mark of a Python 2 file: a first line matching ``^#!.*python2\\b``."""
BARE_PYTHON_SHEBANG = re.compile(rb"#!\s*\S*[/ ]python\s*$")
"""A version-less ``#!/usr/bin/python`` (or ``#!/usr/bin/env python``): Python 2 on older systems (PEP 394)."""
ACCEPTED_FOLDER = "accepted"
"""The folder whose programs set a computed time limit."""
SLOW_FOLDER = "slow_accepted"
"""Accepted only with the safety margin added to the time limit (problemtools)."""
PARTIAL_FOLDER = "partially_accepted"
MAX_PROGRAM_BYTES = 1 << 20
"""Largest program (all files together) read from a package."""


@dataclass(frozen=True)
class ProgramSource:
    """A program: where it is, its language, its files (name to bytes) and, for a reference submission, its folder."""

    path: Path
    language: str
    files: dict
    folder: str = ""
    expected_verdicts: frozenset = frozenset()
    """The verdicts it may get (empty for partially_accepted or a validator)."""

    @property
    def expected(self) -> JudgeVerdict | None:
        """The one verdict it must get, None when several are allowed (or for partially_accepted)."""
        return next(iter(self.expected_verdicts)) if len(self.expected_verdicts) == 1 else None


def language_of(names) -> str | None:
    """The language of a set of file names (by extension), None when none or several are found."""
    found = {LANGUAGE_OF_EXTENSION[Path(n).suffix.lower()] for n in names
             if Path(n).suffix.lower() in LANGUAGE_OF_EXTENSION}
    if found == {"c", "cpp"}:
        return "cpp"
    return found.pop() if len(found) == 1 else None


def read_program(path, folder, findings):
    """The program at ``path`` (a file or folder), None with a finding when unusable."""
    try:
        files = read_files(path)
    except OSError as exc:
        findings.append(error(path, None, f"cannot be read ({exc.strerror})"))
        return None
    if sum(len(data) for data in files.values()) > MAX_PROGRAM_BYTES:
        findings.append(error(path, None, f"is larger than {MAX_PROGRAM_BYTES} bytes"))
        return None
    if "build" in files or "run" in files:
        findings.append(error(path, None, "uses build/run scripts, which vetkit does not support; "
                                          "give plain sources"))
        return None
    language = language_of(files)
    if language is None:
        findings.append(error(path, None, "has no source file in a supported language (python, c, cpp, java)"))
        return None
    if language == "python" and is_python2(files):
        findings.append(error(path, None, "is a Python 2 program (its #! line says python2); vetkit runs Python 3"))
        return None
    return ProgramSource(Path(path), language, files, folder)


def is_python2(files) -> bool:
    """True when ``files`` is a Python 2 program as problemtools detects it: every ``.py`` file has the shebang.

    (Each such file is evidence for Python 2, every ``.py`` file for Python 3; a tie goes to Python 2.)
    """
    sources = [data for name, data in files.items() if name.endswith(".py")]
    return bool(sources) and all(PYTHON2_SHEBANG.match(data.split(b"\n", 1)[0]) for data in sources)


def is_old_python2(files) -> bool:
    """True when a reference program is Python 2 written for systems where ``python`` meant Python 2.

    Every ``.py`` file starts with a version-less ``python`` shebang and one of them is not valid Python 3
    (only compiled, never run); problemtools' examples have such programs (``print "500"``).
    """
    sources = {name: data for name, data in files.items() if name.endswith(".py")}
    if not sources or not all(BARE_PYTHON_SHEBANG.match(data.split(b"\n", 1)[0]) for data in sources.values()):
        return False
    return not all(_compiles_as_python3(name, data) for name, data in sources.items())


def _compiles_as_python3(name, data) -> bool:
    try:
        compile(data, name, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


def read_submissions(folder, findings):
    """The reference submissions under ``submissions/<folder>/``, in folder then name order.

    Programs vetkit cannot run (other languages, Python 2) or without an expected verdict are skipped with
    a warning.
    """
    programs = []
    if not folder.is_dir():
        return ()
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        for entry in sorted(sub.iterdir()):
            if entry.name.startswith("."):
                continue
            program = _reference_program(entry, sub.name, findings)
            if program is not None:
                programs.append(program)
    return tuple(programs)


def _reference_program(entry, folder, findings):
    """One reference submission, None (with a warning or error) when it is skipped."""
    if entry.is_file() and entry.suffix.lower() not in LANGUAGE_OF_EXTENSION:
        if entry.suffix.lower() not in HEADER_EXTENSIONS:
            findings.append(warning(entry, None, "is skipped: not a python, c, cpp or java source"))
        return None
    try:
        files = read_files(entry)
    except OSError as exc:
        findings.append(error(entry, None, f"cannot be read ({exc.strerror})"))
        return None
    if entry.is_dir() and language_of(files) is None:
        findings.append(warning(entry, None, "is skipped: no python, c, cpp or java sources"))
        return None
    if language_of(files) == "python" and is_python2(files):
        findings.append(warning(entry, None, "is skipped: a Python 2 program (its #! line says python2), "
                                             "which vetkit does not run"))
        return None
    if language_of(files) == "python" and is_old_python2(files):
        findings.append(warning(entry, None, "is skipped: a Python 2 program (its #! line says python and it "
                                             "is not valid Python 3), which vetkit does not run"))
        return None
    expected = frozenset() if folder == PARTIAL_FOLDER else expected_verdicts(entry, folder, files, findings)
    if expected is None:
        return None
    program = read_program(entry, folder, findings)
    return replace(program, expected_verdicts=expected) if program is not None else None
