"""The test data of a problem package: ``data/sample`` and ``data/secret`` with subgroups and ``testdata.yaml``.

Every ``NAME.in`` needs a ``NAME.ans`` beside it.  Settings of ``testdata.yaml``
are inherited by subfolders.  Groups, in judging order: ``sample`` (every test
under data/sample, worth nothing), then for a scoring problem ``secret`` (tests
directly in data/secret, each worth its ``accept_score``/``score``, default 1)
and one group per first-level subfolder ``secret/NAME`` worth its points, earned
IOI style only when all its tests pass.  A pass-fail problem has the same groups,
worth nothing (its score is 1 for AC).
"""

from dataclasses import dataclass, replace
from pathlib import Path

from question_bank.findings import error, warning
from question_bank.yamlsource import YamlList, YamlMap, read_yaml

from .results import SAMPLE_GROUP, SECRET_GROUP

DEFAULT_POINTS = 1.0
"""Points of a group, or of a test directly in data/secret, when testdata.yaml names none (as accept_score)."""
TESTDATA_KEYS = {"on_reject", "grading", "grader_flags", "input_validator_flags", "output_validator_flags",
                 "accept_score", "reject_score", "range", "score", "scoring", "input_validator_args",
                 "output_validator_args", "static_validation", "full_feedback", "max_score"}
SCORE_KEYS = ("score", "accept_score", "max_score")


@dataclass(frozen=True)
class TestCase:
    """One test: input and answer files, and the output validator flags of its group."""

    __test__ = False  # not a pytest class

    name: str
    group: str
    input_path: Path
    answer_path: Path
    flags: tuple = ()


@dataclass(frozen=True)
class TestGroup:
    """A group of tests and its points (``per_test``: each test earns ``points`` on its own)."""

    __test__ = False

    name: str
    cases: tuple
    points: float = 0.0
    per_test: bool = False

    @property
    def max_points(self) -> float:
        """Points of the whole group when every test passes."""
        return self.points * len(self.cases) if self.per_test else self.points


@dataclass(frozen=True)
class _Settings:
    """testdata.yaml settings: flags and score keys are inherited; ``range_max`` belongs to its own folder."""

    flags: tuple = ()
    points: float = DEFAULT_POINTS
    explicit: bool = False
    range_max: float | None = None

    @property
    def group_points(self) -> float:
        """A group's points: its own score key, else its own range's maximum, else the inherited score."""
        if not self.explicit and self.range_max is not None:
            return self.range_max
        return self.points


def read_testdata(data, *, scoring, format_version, findings):
    """The test groups under the ``data`` folder, in judging order; findings for missing or odd files."""
    if not data.is_dir():
        findings.append(error(data, None, "is missing; add data/sample and data/secret with .in/.ans files"))
        return ()
    root = _settings(data, _Settings(), findings)
    groups = []
    sample = data / SAMPLE_GROUP
    if sample.is_dir():
        cases = _cases_under(data, sample, SAMPLE_GROUP, _settings(sample, root, findings), findings)
        groups.append(TestGroup(SAMPLE_GROUP, cases))
    secret = data / SECRET_GROUP
    if not secret.is_dir():
        findings.append(error(secret, None, "is missing; add the secret tests (.in with .ans)"))
        return tuple(groups)
    groups.extend(_secret_groups(data, secret, _settings(secret, root, findings), scoring, findings))
    if not any(group.cases for group in groups if group.name != SAMPLE_GROUP):
        findings.append(error(secret, None, "has no tests; add NAME.in with NAME.ans files"))
    for extra in sorted(p for p in data.iterdir() if p.is_dir() and p.name not in (SAMPLE_GROUP, SECRET_GROUP)):
        findings.append(warning(extra, None, "is ignored: test data belongs in data/sample or data/secret"))
    return tuple(group for group in groups if group.cases)


def _secret_groups(data, secret, settings, scoring, findings):
    direct = _cases_in(data, secret, SECRET_GROUP, settings, findings)
    groups = [TestGroup(SECRET_GROUP, direct, settings.points if scoring else 0.0, per_test=True)]
    for folder in sorted(p for p in secret.iterdir() if p.is_dir()):
        name = f"{SECRET_GROUP}/{folder.name}"
        own = _settings(folder, settings, findings)
        cases = _cases_under(data, folder, name, own, findings)
        if not cases:
            findings.append(warning(folder, None, "holds no tests (.in with .ans) and is ignored"))
        groups.append(TestGroup(name, cases, own.group_points if scoring else 0.0))
    return groups


def _cases_under(data, folder, group, settings, findings):
    """Tests in ``folder`` and all its subfolders (each with its inherited settings), sorted by name."""
    cases = list(_cases_in(data, folder, group, settings, findings))
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        cases.extend(_cases_under(data, sub, group, _settings(sub, settings, findings), findings))
    return tuple(cases)


def _cases_in(data, folder, group, settings, findings):
    cases = []
    for input_path in sorted(folder.glob("*.in")):
        answer = input_path.with_suffix(".ans")
        if not answer.is_file():
            findings.append(error(input_path, None, f"has no answer file {answer.name}; add it or remove the input"))
            continue
        name = str(input_path.relative_to(data).with_suffix(""))
        cases.append(TestCase(name, group, input_path, answer, settings.flags))
    for answer in sorted(folder.glob("*.ans")):
        if not answer.with_suffix(".in").is_file():
            findings.append(warning(answer, None, f"has no input file {answer.stem}.in and is ignored"))
    return tuple(cases)


def _settings(folder, inherited, findings):
    """``inherited`` updated with the folder's testdata.yaml, if any."""
    file = folder / "testdata.yaml"
    inherited = replace(inherited, explicit=False, range_max=None)
    if not file.is_file():
        return inherited
    data, found = read_yaml(file)
    findings.extend(found)
    if data is None:
        return inherited
    if not isinstance(data, YamlMap):
        findings.append(error(file, None, "must be a mapping of keys to values"))
        return inherited
    for key in data:
        if key not in TESTDATA_KEYS:
            findings.append(warning(file, data.line_of(key), f"unknown key '{key}' is ignored"))
    flags = _flags(file, data, findings)
    points = _points(file, data, findings)
    return _Settings(flags if flags is not None else inherited.flags,
                     points if points is not None else inherited.points, explicit=points is not None,
                     range_max=_range_max(file, data, findings))


def _flags(file, data, findings):
    for key in ("output_validator_flags", "output_validator_args"):
        if key in data:
            value = data[key]
            if isinstance(value, YamlList):
                return tuple(str(v) for v in value)
            if isinstance(value, YamlMap):
                findings.append(error(file, data.line_of(key), f"'{key}' must be text or a list of words"))
                return None
            return tuple(str(value or "").split())
    return None


def _points(file, data, findings):
    scoring = data.get("scoring")
    sources = [(data, key) for key in SCORE_KEYS if key in data]
    if isinstance(scoring, YamlMap) and "score" in scoring:
        sources.append((scoring, "score"))
    if sources:
        where, key = sources[0]
        return _number(file, where, key, findings)
    return None


def _range_max(file, data, findings):
    if "range" not in data:
        return None
    parts = str(data["range"]).split()
    try:
        low, high = float(parts[0]), float(parts[1])
    except (IndexError, ValueError):
        low = high = None
    if len(parts) != 2 or low is None or not 0 <= low <= high:
        findings.append(error(file, data.line_of("range"), "'range' must be two numbers: 'min max'"))
        return None
    return high


def _number(file, where, key, findings):
    value = where[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        findings.append(error(file, where.line_of(key), f"'{key}' is {value!r}; write a number of points >= 0"))
        return None
    return float(value)
