"""The languages the sandbox runs: how each is compiled and started inside the runner image.

Sources are written to ``/box/src`` (read-only to programs); compilers write to
``/box/build``; programs start in ``/box/run``.  The entry point is found as
Kattis and DOMjudge find it: for Python a file named ``main.py`` or the only
file or the one with ``__main__``; for Java the class that declares ``main``
(its file renamed to match its public class when needed; comments and string
literals never count).  A Java submission with no class declaring ``main``, or
with several, is a compile error, as DOMjudge judges it.  File names are
checked here, on the host: relative, inside their folder, no control characters.
"""

import re
from dataclasses import dataclass

from .errors import InvalidSubmission

SRC, BUILD = "/box/src", "/box/build"
EXTENSIONS = {"python": (".py",), "c": (".c", ".h"), "cpp": (".cpp", ".cc", ".cxx", ".c++", ".hpp", ".h"),
              "java": (".java",)}
CPP_UNITS = (".cpp", ".cc", ".cxx", ".c++")
_JAVA_MAIN = re.compile(r"\bstatic\s+(?:final\s+)?void\s+main\s*\(")
_JAVA_CLASS = re.compile(r"\b(?:class|record|interface|enum)\s+([A-Za-z_$][\w$]*)")
_JAVA_PUBLIC = re.compile(r"\bpublic\s+(?:final\s+|abstract\s+)*(?:class|record|interface|enum)\s+([A-Za-z_$][\w$]*)")
JAVAC_HEAP = "-J-Xmx512m"
"""javac's own heap: well inside the compile memory limit."""
_JAVA_PACKAGE = re.compile(r"^\s*package\s+([\w.]+)\s*;", re.M)
_JAVA_NOISE = re.compile(r'//[^\n]*|/\*.*?\*/|"""(?:\\.|[^\\])*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                         re.S)
"""Comments, text blocks, string and character literals: never code that names a class."""
MAX_NAME_BYTES = 255
"""Longest file name accepted, folders included."""


@dataclass(frozen=True)
class Program:
    """A prepared submission: files to write, how to compile it, how to run it."""

    language: str
    files: dict
    compile_argv: list
    run_argv: list
    compile_error: str = ""
    """Why the submission cannot compile, found before running a compiler (then compiling is CE)."""

    @property
    def compiles_natively(self) -> bool:
        """True when a real compiler runs (its memory limit differs from the run's); False for Python."""
        return self.language != "python"


def _decode(name, data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidSubmission(f"{name} is not UTF-8 text: save it as UTF-8 and submit again.") from None


def check_name(name):
    """Raise InvalidSubmission unless ``name`` is a plain relative file name that stays in its folder."""
    parts = name.split("/") if isinstance(name, str) else [""]
    if (not name or any(part in ("", ".", "..") for part in parts)
            or any(ord(char) < 32 or char == "\x7f" for char in name) or len(name.encode()) > MAX_NAME_BYTES):
        raise InvalidSubmission(f"the file name {name!r} is not allowed: use a relative name such as main.py "
                                "or lib/util.py, without '..', '.', empty parts, a leading '/' or control characters.")


def _check(language, files):
    for name in files:
        check_name(name)
    if language not in EXTENSIONS:
        raise InvalidSubmission(f"unknown language {language!r}: use one of {', '.join(EXTENSIONS)}.")
    if not files:
        raise InvalidSubmission("the submission has no files: add at least one source file.")
    sources = {n: d for n, d in files.items() if n.endswith(EXTENSIONS[language])}
    if not sources:
        raise InvalidSubmission(f"no {language} source among {', '.join(sorted(files))}: "
                                f"name the files with {' or '.join(EXTENSIONS[language])}.")
    if not any(d.strip() for d in sources.values()):
        raise InvalidSubmission("the submission is empty: write a program and submit again.")
    for name, data in sources.items():
        _decode(name, data)
    return sources


def _python_main(sources):
    names = sorted(n for n in sources if n.endswith(".py"))
    if "main.py" in names:
        return "main.py"
    if len(names) == 1:
        return names[0]
    with_main = [n for n in names if b"__main__" in sources[n]]
    if len(with_main) == 1:
        return with_main[0]
    raise InvalidSubmission(f"cannot tell which of {', '.join(names)} to run: name it main.py.")


def _java_code(text):
    """Java source with comments and literals blanked (line breaks kept, so lines stay where they were)."""
    return _JAVA_NOISE.sub(lambda match: "\n" * match.group().count("\n") or " ", text)


def _java_layout(sources):
    """Rename files to match their public class; return (files, fully qualified main class or None, why not)."""
    files, mains = {}, []
    for name, data in sources.items():
        code = _java_code(_decode(name, data))
        public = _JAVA_PUBLIC.search(code)
        stem = public.group(1) if public else name.rsplit("/", 1)[-1][:-5]
        files[f"{stem}.java"] = data
        main = _JAVA_MAIN.search(code)
        if main:
            package = _JAVA_PACKAGE.search(code)
            classes = _JAVA_CLASS.findall(code[: main.start()])
            cls = classes[-1] if classes else stem
            mains.append(f"{package.group(1)}.{cls}" if package else cls)
    if len(mains) != 1:
        found = f"found {len(mains)}: {', '.join(mains)}" if mains else "found none"
        return files, None, (f"the Java submission must have exactly one class with `public static void main"
                             f"(String[] args)` ({found}).")
    return files, mains[0], ""


def prepare(language, files, *, memory_mb):
    """Return the ``Program`` for ``files`` (name to bytes) in ``language``."""
    sources = _check(language, files)
    if language == "python":
        main = _python_main(sources)
        return Program(language, files, ["@pycheck", SRC, BUILD],
                       ["/usr/bin/python3", "-B", "-s", f"{BUILD}/{main}"])
    if language in ("c", "cpp"):
        units = sorted(n for n in sources if n.endswith((".c",) if language == "c" else CPP_UNITS))
        if not units:
            raise InvalidSubmission("no translation unit to compile (only headers): add a source file.")
        compiler = ["gcc", "-std=gnu17"] if language == "c" else ["g++", "-std=gnu++17"]
        return Program(language, files, [*compiler, "-O2", "-pipe", "-o", f"{BUILD}/main",
                                         *[f"{SRC}/{n}" for n in units], "-lm"], [f"{BUILD}/main"])
    java_files, main_class, problem = _java_layout(sources)
    jvm = ["-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:ActiveProcessorCount=1"]
    return Program(language, java_files,
                   ["javac", JAVAC_HEAP, *[f"-J{o}" for o in jvm], "-encoding", "UTF-8", "-d", BUILD,
                    *[f"{SRC}/{n}" for n in sorted(java_files)]],
                   ["java", f"-Xmx{memory_mb}m", "-Xss64m", *jvm, "-cp", BUILD, main_class or ""], problem)
