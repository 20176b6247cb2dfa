"""Our own metadata beside a problem package: ``vetkit.yaml``.

Keys (all optional): ``skills`` (list of ``AREA.SKILL`` ids), ``difficulty``
(easy, medium or hard), ``estimated_minutes``, ``starter`` (language to a file
relative to the package), ``hints`` (list of texts), ``editorial`` (a ``.md``
file) and ``function`` (``{name: two_sum, driver: driver.py}``: a Python
function-style problem, the candidate writes ``solution.py`` defining ``name``
and the driver, run as ``main.py``, reads stdin, calls it and prints), ``answers_from``
(the accepted submission whose output is every ``.ans``: ``vetkit bank answers``).  Unknown
keys are errors: a typo would silently lose metadata.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from question_bank.findings import error
from question_bank.yamlsource import YamlList, YamlMap, read_yaml

METADATA_FILE = "vetkit.yaml"
DIFFICULTIES = ("easy", "medium", "hard")
LANGUAGES = ("python", "c", "cpp", "java")
KEYS = ("skills", "difficulty", "estimated_minutes", "starter", "hints", "editorial", "function", "answers_from")
FUNCTION_KEYS = ("name", "driver")
SKILL_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*")
IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
SOLUTION_FILE = "solution.py"
"""The file a function-style candidate submits."""
DRIVER_FILE = "main.py"
"""The name the driver runs under, beside the candidate's solution."""


@dataclass(frozen=True)
class FunctionSpec:
    """A Python function-style problem: the function's name and the driver's source."""

    name: str
    driver: bytes


@dataclass(frozen=True)
class Metadata:
    """The contents of vetkit.yaml (paths are absolute)."""

    skills: tuple = ()
    difficulty: str | None = None
    estimated_minutes: int | None = None
    starter: dict | None = None
    hints: tuple = ()
    editorial: Path | None = None
    function: FunctionSpec | None = None
    answers_from: Path | None = None


def read_metadata(problem_dir, findings):
    """The package's ``Metadata`` (None when vetkit.yaml is absent or unreadable); findings for each problem."""
    file = Path(problem_dir) / METADATA_FILE
    if not file.is_file():
        return None
    data, found = read_yaml(file)
    findings.extend(found)
    if data is None:
        return None if found else Metadata()
    if not isinstance(data, YamlMap):
        findings.append(error(file, None, "must be a mapping of keys to values"))
        return None
    reader = _Reader(file, data, findings)
    return reader.read()


class _Reader:
    """Reads the keys of vetkit.yaml, recording a finding for each problem."""

    def __init__(self, file, data, findings):
        self.file, self.data, self.findings, self.root = file, data, findings, file.parent

    def error(self, key, message):
        """Record an error at ``key``'s line."""
        self.findings.append(error(self.file, self.data.line_of(key), message))

    def read(self):
        """The ``Metadata``, with every problem recorded."""
        for key in self.data:
            if key not in KEYS:
                self.error(key, f"unknown key '{key}'; allowed keys are {', '.join(KEYS)}")
        return Metadata(skills=self._skills(), difficulty=self._difficulty(), estimated_minutes=self._minutes(),
                        starter=self._starter(), hints=self._hints(), editorial=self._file("editorial", ".md"),
                        function=self._function(), answers_from=self._file("answers_from", None))

    def _skills(self):
        value = self.data.get("skills", [])
        if not isinstance(value, YamlList) and value != []:
            self.error("skills", "'skills' must be a list of skill ids such as algorithms.graphs")
            return ()
        for skill in value:
            if not isinstance(skill, str) or not SKILL_ID.fullmatch(skill):
                self.error("skills", f"skill {skill!r} is not an id such as algorithms.graphs")
        return tuple(str(skill) for skill in value)

    def _difficulty(self):
        value = self.data.get("difficulty")
        if value is not None and value not in DIFFICULTIES:
            self.error("difficulty", f"difficulty {value!r} must be one of {', '.join(DIFFICULTIES)}")
            return None
        return value

    def _minutes(self):
        value = self.data.get("estimated_minutes")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
            self.error("estimated_minutes", f"estimated_minutes {value!r} must be a whole number of minutes > 0")
            return None
        return value

    def _hints(self):
        value = self.data.get("hints", [])
        if not isinstance(value, list) or not all(isinstance(h, str) and h.strip() for h in value):
            self.error("hints", "'hints' must be a list of non-empty texts")
            return ()
        return tuple(value)

    def _path(self, key, relative, suffix=None):
        target = (self.root / str(relative)).resolve()
        if self.root.resolve() not in target.parents or not target.is_file():
            self.error(key, f"'{key}' names {relative!r}, which is not a file inside the package")
            return None
        if suffix and target.suffix != suffix:
            self.error(key, f"'{key}' must name a {suffix} file, not {relative!r}")
            return None
        return target

    def _file(self, key, suffix):
        return self._path(key, self.data[key], suffix) if self.data.get(key) is not None else None

    def _starter(self):
        value = self.data.get("starter")
        if value is None:
            return None
        if not isinstance(value, YamlMap):
            self.error("starter", "'starter' must map a language (python, c, cpp, java) to a file")
            return None
        starter = {}
        for language, relative in value.items():
            if language not in LANGUAGES:
                self.error("starter", f"starter language {language!r} must be one of {', '.join(LANGUAGES)}")
            elif (path := self._path("starter", relative)) is not None:
                starter[language] = path
        return starter

    def _function(self):
        value = self.data.get("function")
        if value is None:
            return None
        if not isinstance(value, YamlMap) or set(value) != set(FUNCTION_KEYS):
            self.error("function", "'function' must be a mapping with exactly 'name' and 'driver'")
            return None
        if not isinstance(value["name"], str) or not IDENTIFIER.fullmatch(value["name"]):
            self.error("function", f"function name {value['name']!r} is not a Python identifier")
            return None
        driver = self._path("function", value["driver"], ".py")
        return FunctionSpec(value["name"], driver.read_bytes()) if driver else None
