"""Load a Kattis problem package (legacy or ``problem_format_version: 2023-07-draft``) as a ``Problem``.

``inspect_problem(path)`` returns the problem (or None) and every finding (errors
and warnings, each naming its file and line); ``load_problem(path)`` returns the
problem or raises ``ProblemError`` listing every error.  What is read:
``problem.yaml`` (name, type, validation, validator flags, limits), the statement,
the test data (``grader.coding.testdata``), the output validator, the reference
submissions and our ``vetkit.yaml`` (``grader.coding.metadata``).  The time limit may be
left to ``grader.coding.timelimit`` (computed from the accepted submissions).

Interactive problems (``type: interactive``, legacy ``validation: custom
interactive``) are read with their validator, the interactor.  Without
``limits.memory`` a package gets problemtools' default of 1024 MiB, for both
formats (problemtools' ``config/problem.yaml``; the specification leaves it to
the system).
"""

from dataclasses import dataclass, field, replace
from pathlib import Path

from question_bank.findings import error, warning
from question_bank.yamlsource import YamlList, YamlMap, read_yaml

from ..errors import ProblemError
from .metadata import Metadata, read_metadata
from .results import SAMPLE_GROUP
from .sources import ProgramSource, read_program, read_submissions
from .testdata import TestGroup, read_testdata

LEGACY = "legacy"
DRAFT_2023 = "2023-07-draft"
FORMAT_VERSIONS = (LEGACY, DRAFT_2023)
DEFAULT_MEMORY_MB = 1024
"""problemtools' default memory limit (MiB) when problem.yaml names none (its config/problem.yaml, both formats)."""
MAX_MEMORY_MB = 1024
"""The most memory we grant a run (MiB); larger limits are capped with a warning."""
DEFAULT_OUTPUT_MB = 8
"""problemtools' default output limit (MiB)."""
MAX_OUTPUT_MB = 64
"""The largest output limit we accept (MiB); larger ones are capped with a warning."""
TIME_MULTIPLIER = {LEGACY: 5.0, DRAFT_2023: 2.0}
"""Time limit = multiplier x slowest accepted submission (problemtools' defaults per format)."""
SAFETY_MARGIN = {LEGACY: 2.0, DRAFT_2023: 1.5}
"""How much slower than the limit a time_limit_exceeded submission must be shown to be."""
STATEMENT_FOLDERS = ("problem_statement", "statement")
STATEMENT_NAMES = ("problem.en.md", "problem.md", "problem.en.tex", "problem.tex")
VALIDATOR_FOLDERS = ("output_validators", "output_validator")
UNSUPPORTED_TYPES = ("multi-pass", "submit-answer")
KNOWN_TYPES = ("pass-fail", "scoring", "interactive", *UNSUPPORTED_TYPES)
LEGACY_KEYS = {"problem_format_version", "type", "name", "uuid", "author", "source", "source_url", "license",
               "rights_owner", "limits", "validation", "validator_flags", "keywords", "languages", "grading",
               "credits", "version", "constants", "embargo_until", "allow_file_writing"}
LIMIT_KEYS = {"time_limit", "time_multiplier", "time_safety_margin", "time_multipliers", "memory", "output",
              "code", "compilation_time", "compilation_memory", "validation_time", "validation_memory",
              "validation_output", "validation_passes", "time_resolution"}


@dataclass(frozen=True)
class Problem:
    """A problem package, loaded and checked; ``time_limit`` is None until computed (see ``grader.coding.timelimit``)."""

    path: Path
    name: str
    format_version: str
    scoring: bool
    root: TestGroup | None
    time_limit: float | None
    time_limit_source: str
    time_multiplier: float
    safety_margin: float
    memory_mb: int
    output_mb: int = DEFAULT_OUTPUT_MB
    validator_flags: tuple = ()
    validator: ProgramSource | None = None
    statement: Path | None = None
    submissions: tuple = ()
    metadata: Metadata | None = None
    warnings: tuple = field(default=())
    interactive: bool = False
    legacy_grading: bool = False
    """True when testdata.yaml uses the legacy grading keys (problemtools' default grader decides)."""

    @property
    def groups(self):
        """Every test group below ``data``, parents first (sample, secret, secret/NAME, ...)."""
        return tuple(self.root.walk())[1:] if self.root else ()

    @property
    def samples(self):
        """The sample tests (shown to candidates)."""
        return tuple(case for group in self.groups if group.name == SAMPLE_GROUP for case in group.cases)

    @property
    def tests(self):
        """Every test case in judging order (samples first, then the secret groups)."""
        return self.root.cases if self.root else ()

    @property
    def max_score(self) -> float:
        """Points of a full solution (1 for a pass-fail problem)."""
        from .grading import max_score
        return max_score(self)


def load_problem(path) -> Problem:
    """The problem at ``path``; raises ``ProblemError`` naming every error (file, line, what is wrong)."""
    problem, findings = inspect_problem(path)
    errors = [f for f in findings if f.is_error]
    if errors or problem is None:
        raise ProblemError(describe_findings(errors) or f"{path}: not a problem package", errors)
    return problem


def inspect_problem(path):
    """Read the package at ``path``: ``(problem or None, findings)`` with every error and warning found."""
    path = Path(path)
    findings = []
    if not path.is_dir():
        return None, [error(path, None, "is not a folder; give the problem package's folder")]
    config = _read_config(path / "problem.yaml", findings)
    if config is None:
        return None, findings
    root, legacy_keys, _ = read_testdata(path / "data", scoring=config["scoring"], format_version=config["version"],
                                         findings=findings)
    validator = _read_validator(path, config, findings)
    problem = Problem(
        path=path, name=config["name"] or path.name, format_version=config["version"], scoring=config["scoring"],
        root=root, interactive=config["interactive"], legacy_grading=legacy_keys,
        time_limit=config["time_limit"], time_limit_source=config["time_limit_source"],
        time_multiplier=config["multiplier"], safety_margin=config["margin"], memory_mb=config["memory"], output_mb=config["output"],
        validator_flags=config["flags"], validator=validator, statement=find_statement(path),
        submissions=read_submissions(path / "submissions", findings), metadata=read_metadata(path, findings),
        warnings=tuple(f for f in findings if not f.is_error))
    if root is not None:
        from .grading import group_maxima
        problem = replace(problem, root=root.with_max_points(group_maxima(problem)))
    return problem, findings


def _read_config(file, findings):
    """problem.yaml as a plain dict of what we use, or None when it is unusable."""
    if not file.is_file():
        findings.append(error(file, None, "is missing; every problem package needs a problem.yaml"))
        return None
    data, found = read_yaml(file)
    findings.extend(found)
    if found and data is None:
        return None
    data = data if data is not None else YamlMap(1)
    if not isinstance(data, YamlMap):
        findings.append(error(file, None, "must be a mapping of keys to values"))
        return None
    reader = _ConfigReader(file, data, findings)
    return reader.read()


class _ConfigReader:
    """Reads the keys of problem.yaml, recording a finding for each problem."""

    def __init__(self, file, data, findings):
        self.file, self.data, self.findings = file, data, findings

    def error(self, key, message, where=None):
        """Record an error at ``key``'s line (in ``where``, default the top mapping)."""
        self.findings.append(error(self.file, (where or self.data).line_of(key), message))

    def warn(self, key, message, where=None):
        """Record a warning at ``key``'s line."""
        self.findings.append(warning(self.file, (where or self.data).line_of(key), message))

    def read(self):
        """What problem.yaml says, as a plain dict, or None when it is unusable."""
        version = self._version()
        if version is None:
            return None
        for key in self.data:
            if key not in LEGACY_KEYS:
                self.warn(key, f"unknown key '{key}' is ignored")
        types = self._types(version)
        if types is None:
            return None
        limits = self.data.get("limits")
        if limits is not None and not isinstance(limits, YamlMap):
            self.error("limits", "'limits' must be a mapping (time_limit, memory, ...)")
            limits = None
        limits = limits if limits is not None else YamlMap(self.data.line)
        multiplier, margin = self._multipliers(version, limits)
        time_limit, source = self._time_limit(limits)
        return {"version": version, "name": self._name(), "scoring": "scoring" in types,
                "interactive": "interactive" in types,
                "custom": self._custom(version), "flags": self._flags(), "time_limit": time_limit,
                "time_limit_source": source, "multiplier": multiplier, "margin": margin,
                "memory": self._capped(limits, "memory", DEFAULT_MEMORY_MB, MAX_MEMORY_MB),
                "output": self._capped(limits, "output", DEFAULT_OUTPUT_MB, MAX_OUTPUT_MB)}

    def _version(self):
        value = self.data.get("problem_format_version", LEGACY)
        if value not in FORMAT_VERSIONS:
            self.error("problem_format_version", f"problem_format_version {value!r} is not supported; "
                                                 f"use {' or '.join(FORMAT_VERSIONS)}")
            return None
        return value

    def _name(self):
        name = self.data.get("name")
        if isinstance(name, YamlMap):
            name = name.get("en") or next(iter(name.values()), None)
        return str(name) if name is not None else None

    def _types(self, version):
        value = self.data.get("type", "pass-fail")
        types = list(value) if isinstance(value, YamlList) else [value]
        if version == LEGACY:
            validation = str(self.data.get("validation", "default")).split()
            if "interactive" in validation:
                types.append("interactive")
        for kind in types:
            if kind not in KNOWN_TYPES:
                self.error("type", f"type {kind!r} is unknown; use pass-fail, scoring or interactive")
                return None
            if kind in UNSUPPORTED_TYPES:
                self.error("type", f"{kind} problems are not supported yet; vetkit judges pass-fail, scoring "
                                   "and interactive problems")
                return None
        return types

    def _custom(self, version):
        validation = self.data.get("validation", "default")
        words = str(validation).split()
        if version == DRAFT_2023:
            if "validation" in self.data:
                self.warn("validation", "'validation' is a legacy key; 2023-07-draft uses output_validators/")
            return None  # decided by the presence of output_validators/
        if not words or words[0] not in ("default", "custom") or any(w not in ("custom", "score", "interactive")
                                                                  for w in words[1:]):
            self.error("validation", f"validation {validation!r} must be 'default' or 'custom', "
                                                 "optionally followed by score and interactive")
            return False
        if "score" in words:
            self.warn("validation", "validator scores (score.txt) are ignored: groups score by their points")
        return words[0] == "custom"

    def _flags(self):
        value = self.data.get("validator_flags", "")
        if isinstance(value, (YamlMap, YamlList)):
            self.error("validator_flags", "'validator_flags' must be text, e.g. 'float_tolerance 1e-6'")
            return ()
        return tuple(str(value or "").split())

    def _number(self, limits, key, positive=True):
        if key not in limits:
            return None
        value = limits[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (positive and value <= 0):
            self.error(key, f"limits.{key} is {value!r}; write a positive number", where=limits)
            return None
        return float(value)

    def _multipliers(self, version, limits):
        for key in limits:
            if key not in LIMIT_KEYS:
                self.warn(key, f"unknown key 'limits.{key}' is ignored", where=limits)
        multiplier, margin = TIME_MULTIPLIER[version], SAFETY_MARGIN[version]
        if version == LEGACY:
            multiplier = self._number(limits, "time_multiplier") or multiplier
            margin = self._number(limits, "time_safety_margin") or margin
        elif isinstance(limits.get("time_multipliers"), YamlMap):
            nested = limits["time_multipliers"]
            multiplier = self._number(nested, "ac_to_time_limit") or multiplier
            margin = self._number(nested, "time_limit_to_tle") or margin
        return multiplier, margin

    def _time_limit(self, limits):
        declared = self._number(limits, "time_limit")
        if declared is not None:
            return declared, "problem.yaml limits.time_limit"
        file = self.file.parent / ".timelimit"
        if file.is_file():
            text = file.read_text(encoding="utf-8", errors="replace").strip()
            try:
                value = float(text)
            except ValueError:
                value = -1.0
            if value > 0:
                return value, ".timelimit"
            self.findings.append(error(file, 1, f"holds {text[:40]!r}; write the time limit in seconds"))
        return None, "computed from the accepted submissions"

    def _capped(self, limits, key, default, cap):
        """``limits.<key>`` in MiB (``default`` when absent), capped to ``cap`` with a warning."""
        value = self._number(limits, key)
        value = max(1, int(value)) if value is not None else default
        if value > cap:
            self.warn(key if key in limits else None, f"{key} limit {value} MiB is capped to {cap} MiB",
                      where=limits)
            value = cap
        return value


def _read_validator(path, config, findings):
    """The custom output validator (a ``ProgramSource``), None for the default one."""
    folders = [path / name for name in VALIDATOR_FOLDERS if (path / name).is_dir()]
    entries = [entry for folder in folders for entry in sorted(folder.iterdir()) if not entry.name.startswith(".")]
    custom = config["custom"]
    if custom is None:  # 2023-07-draft: a validator is used when present
        custom = bool(entries)
    if config["interactive"] and not custom:
        findings.append(error(path / "problem.yaml", None, "is interactive but has no interactor: add it to "
                                                           "output_validators/ (legacy: validation: custom "
                                                           "interactive)"))
        return None
    if not custom:
        if entries:
            findings.append(warning(entries[0], None, "is ignored: problem.yaml says validation: default"))
        return None
    if not entries:
        findings.append(error(path / "problem.yaml", None,
                              "asks for a custom validator but output_validators/ is empty or missing"))
        return None
    if len(entries) > 1:
        findings.append(error(entries[0].parent, None, "holds several validators; keep exactly one"))
        return None
    return read_program(entries[0], "validator", findings)


def find_statement(path):
    """The statement file (English Markdown preferred), None when there is none (the checker reports it)."""
    for folder in STATEMENT_FOLDERS:
        for name in STATEMENT_NAMES:
            if (path / folder / name).is_file():
                return path / folder / name
    return None


def describe_findings(findings) -> str:
    """Findings as one line each: ``file:line: message``."""
    return "\n".join(f"{f.file}{'' if f.line is None else f':{f.line}'}: {f.message}" for f in findings)
