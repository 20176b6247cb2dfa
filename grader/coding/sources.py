"""Programs found in a problem package or given by a candidate: a file or a folder, and its language.

A program is one source file or a folder of them (multi-file C, C++, Java and
Python), as Kattis and DOMjudge accept.  The language comes from the file
extensions; reference submissions sit in folders named for their expected verdict.
"""

from dataclasses import dataclass
from pathlib import Path

from question_bank.findings import error, warning

from .results import JudgeVerdict

LANGUAGE_OF_EXTENSION = {".py": "python", ".c": "c", ".cpp": "cpp", ".cc": "cpp", ".cxx": "cpp",
                         ".c++": "cpp", ".java": "java"}
HEADER_EXTENSIONS = (".h", ".hpp")
EXPECTED_VERDICTS = {"accepted": JudgeVerdict.AC, "wrong_answer": JudgeVerdict.WA,
                     "time_limit_exceeded": JudgeVerdict.TLE, "run_time_error": JudgeVerdict.RTE,
                     "memory_limit_exceeded": JudgeVerdict.MLE, "output_limit_exceeded": JudgeVerdict.OLE,
                     "compile_error": JudgeVerdict.CE, "slow_accepted": JudgeVerdict.AC}
"""Folders of ``submissions/`` and the verdict their programs must get (MLE, OLE and CE folders are vetkit's)."""
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

    @property
    def expected(self) -> JudgeVerdict | None:
        """The verdict its folder promises (None for partially_accepted or a validator)."""
        return EXPECTED_VERDICTS.get(self.folder)


def language_of(names) -> str | None:
    """The language of a set of file names (by extension), None when none or several are found."""
    found = {LANGUAGE_OF_EXTENSION[Path(n).suffix.lower()] for n in names
             if Path(n).suffix.lower() in LANGUAGE_OF_EXTENSION}
    if found == {"c", "cpp"}:
        return "cpp"
    return found.pop() if len(found) == 1 else None


def read_files(path) -> dict:
    """A source file, or every file under a folder (hidden ones skipped), as relative name to bytes."""
    path = Path(path)
    if path.is_dir():
        return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)}
    return {path.name: path.read_bytes()}


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
    return ProgramSource(Path(path), language, files, folder)


def read_submissions(folder, findings):
    """The reference submissions under ``submissions/<verdict folder>/``, in folder then name order."""
    programs = []
    if not folder.is_dir():
        return ()
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        if sub.name not in EXPECTED_VERDICTS and sub.name != PARTIAL_FOLDER:
            findings.append(warning(sub, None, f"unknown submissions folder; use one of "
                                               f"{', '.join(EXPECTED_VERDICTS)}"))
            continue
        for entry in sorted(sub.iterdir()):
            if entry.name.startswith("."):
                continue
            if entry.is_file() and entry.suffix.lower() not in LANGUAGE_OF_EXTENSION:
                if entry.suffix.lower() not in HEADER_EXTENSIONS:
                    findings.append(warning(entry, None, "is skipped: not a python, c, cpp or java source"))
                continue
            if entry.is_dir() and language_of(read_files(entry)) is None:
                findings.append(warning(entry, None, "is skipped: no python, c, cpp or java sources"))
                continue
            program = read_program(entry, sub.name, findings)
            if program is not None:
                programs.append(program)
    return tuple(programs)
