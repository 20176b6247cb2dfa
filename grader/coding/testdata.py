"""The test data of a problem package: a tree of test groups under ``data/``, each with its ``testdata.yaml``.

Every folder under ``data/`` is a test group; its items are its tests (``NAME.in``
with ``NAME.ans``) and its subfolders, in lexicographic order of their names,
as problemtools orders them.  A folder's ``testdata.yaml`` settings apply to it
and are inherited by its subfolders.  What they mean is decided by
``grader.coding.grading``; this module only reads them:

* legacy grading keys: ``on_reject`` (break or continue), ``grading`` (default),
  ``grader_flags``, ``accept_score``, ``reject_score`` and ``range``;
* 2023-07 scoring keys: ``scoring: {score, aggregation}`` (``score`` alone is
  accepted as a shorthand for ``scoring.score``);
* output validator flags: ``output_validator_flags`` (legacy) or
  ``output_validator_args`` (2023-07).

A package without ``data/secret`` (or with no tests there) is judged on its
samples alone, with a warning.
"""

import math
from dataclasses import dataclass, replace
from pathlib import Path

from question_bank.findings import error, warning
from question_bank.yamlsource import YamlList, YamlMap, read_yaml

from .results import SAMPLE_GROUP, SECRET_GROUP

ROOT_GROUP = "data"
LEGACY_GRADING_KEYS = ("on_reject", "grading", "grader_flags", "accept_score", "reject_score", "range")
"""Keys that ask for problemtools' default grader (the legacy format's rules, also used by 2023-07 drafts)."""
SCORING_KEYS = ("scoring", "score", "max_score")
"""Keys of the 2023-07 format's scoring rules (``score`` and ``max_score`` as shorthands for ``scoring.score``)."""
VALIDATOR_FLAG_KEYS = ("output_validator_flags", "output_validator_args")
OTHER_KEYS = ("input_validator_flags", "input_validator_args", "static_validation", "full_feedback")
ON_REJECT = ("break", "continue")
AGGREGATIONS = ("pass-fail", "sum", "min")


@dataclass(frozen=True)
class TestCase:
    """One test: input and answer files, the group folder it sits in and its output validator flags."""

    __test__ = False  # not a pytest class

    name: str
    group: str
    input_path: Path
    answer_path: Path
    flags: tuple = ()


@dataclass(frozen=True)
class GroupSettings:
    """A group's testdata.yaml settings, merged with those of its ancestors (problemtools' defaults)."""

    on_reject: str = "break"
    grading: str = "default"
    grader_flags: tuple = ()
    accept_score: float = 1.0
    reject_score: float = 0.0
    range: tuple | None = None
    flags: tuple = ()
    score: float | None = None
    """The 2023-07 maximum score of this group (not inherited)."""
    aggregation: str | None = None
    """The 2023-07 aggregation of this group (not inherited): pass-fail, sum or min."""


@dataclass(frozen=True)
class TestGroup:
    """A folder of tests: its settings and its items (tests and subgroups) in judging order."""

    __test__ = False

    name: str
    path: Path
    settings: GroupSettings
    items: tuple = ()
    max_points: float = 0.0
    """What the group earns when every test is accepted (0 in a pass-fail problem); set by the loader."""

    @property
    def cases(self):
        """Every test in this group and below, in judging order."""
        return tuple(case for item in self.items
                     for case in (item.cases if isinstance(item, TestGroup) else (item,)))

    @property
    def subgroups(self):
        """The direct subgroups."""
        return tuple(item for item in self.items if isinstance(item, TestGroup))

    def walk(self):
        """This group and every group below it, parents first."""
        yield self
        for group in self.subgroups:
            yield from group.walk()

    def with_max_points(self, maxima):
        """A copy of the tree with each group's ``max_points`` taken from ``maxima`` (group name to points)."""
        items = tuple(item.with_max_points(maxima) if isinstance(item, TestGroup) else item for item in self.items)
        return replace(self, items=items, max_points=maxima.get(self.name, 0.0))


@dataclass
class _Reading:
    """What reading the tree found besides the groups: which grading keys the package uses."""

    findings: list
    legacy_keys: list
    scoring_keys: list


def read_testdata(data, *, scoring, format_version, findings):
    """The root group of the tests under the ``data`` folder; ``(root, uses_legacy_keys, uses_scoring_keys)``.

    Findings are added for missing or odd files and settings.  ``root`` is None when there is no data.
    """
    if not data.is_dir():
        findings.append(error(data, None, "is missing; add data/sample and data/secret with .in/.ans files"))
        return None, False, False
    reading = _Reading(findings, [], [])
    root = _group(data, data, GroupSettings(), reading, top=True)
    secret = next((g for g in root.subgroups if g.name == SECRET_GROUP), None)
    if not root.cases:
        findings.append(error(data, None, "has no tests; add NAME.in with NAME.ans files under data/secret"))
    elif secret is None or not secret.cases:
        findings.append(warning(data / SECRET_GROUP, None, "has no tests: judging on the samples alone; "
                                                          "add secret tests to judge more than the examples"))
    _check_flags_placement(root, data, findings)
    if reading.legacy_keys and reading.scoring_keys:
        findings.append(error(reading.scoring_keys[0], None, "mixes 2023-07 scoring keys with the legacy grading keys "
                                                             f"of {reading.legacy_keys[0]}; use one kind"))
    if not scoring and reading.scoring_keys:
        findings.append(warning(reading.scoring_keys[0], None, "scores are ignored: this is a pass-fail problem"))
    return root, bool(reading.legacy_keys), bool(reading.scoring_keys)


def _group(data, folder, inherited, reading, top=False):
    """The group of ``folder`` with its tests and subfolders (recursively)."""
    settings = _settings(folder, inherited, reading)
    items = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.is_dir():
            if top and entry.name not in (SAMPLE_GROUP, SECRET_GROUP):
                reading.findings.append(warning(entry, None, "is ignored: test data belongs in data/sample or "
                                                             "data/secret"))
                continue
            items.append(_group(data, entry, settings, reading))
        elif entry.suffix == ".in":
            case = _case(data, entry, settings, reading.findings)
            if case is not None:
                items.append(case)
        elif entry.suffix == ".ans" and not entry.with_suffix(".in").is_file():
            reading.findings.append(warning(entry, None, f"has no input file {entry.stem}.in and is ignored"))
    name = ROOT_GROUP if folder == data else str(folder.relative_to(data))
    if folder != data and not items and not any(folder.glob("*.interaction")):
        reading.findings.append(warning(folder, None, "holds no tests (.in with .ans) and is ignored"))
    return TestGroup(name, folder, settings, tuple(items))


def _case(data, input_path, settings, findings):
    answer = input_path.with_suffix(".ans")
    if not answer.is_file():
        findings.append(error(input_path, None, f"has no answer file {answer.name}; add it or remove the input"))
        return None
    group = str(input_path.parent.relative_to(data))
    return TestCase(str(input_path.relative_to(data).with_suffix("")), group, input_path, answer, settings.flags)


def _settings(folder, inherited, reading):
    """``inherited`` updated with the folder's testdata.yaml, if any (score and aggregation are not inherited)."""
    inherited = replace(inherited, score=None, aggregation=None)
    file = folder / "testdata.yaml"
    if not file.is_file():
        return inherited
    data, found = read_yaml(file)
    reading.findings.extend(found)
    if data is None:
        return inherited
    if not isinstance(data, YamlMap):
        reading.findings.append(error(file, None, "must be a mapping of keys to values"))
        return inherited
    reader = _SettingsReader(file, data, reading.findings)
    for key in data:
        if key in LEGACY_GRADING_KEYS:
            reading.legacy_keys.append(file)
        elif key in SCORING_KEYS:
            reading.scoring_keys.append(file)
        elif key not in VALIDATOR_FLAG_KEYS + OTHER_KEYS:
            reader.warn(key, f"unknown key '{key}' is ignored")
    return reader.read(inherited)


class _SettingsReader:
    """Reads the keys of one testdata.yaml, recording a finding for each problem."""

    def __init__(self, file, data, findings):
        self.file, self.data, self.findings = file, data, findings

    def warn(self, key, message, where=None):
        """Record a warning at ``key``'s line."""
        self.findings.append(warning(self.file, (where or self.data).line_of(key), message))

    def error(self, key, message, where=None):
        """Record an error at ``key``'s line."""
        self.findings.append(error(self.file, (where or self.data).line_of(key), message))

    def read(self, inherited):
        """The merged settings."""
        changes = {"flags": self._flags(), "grader_flags": self._words("grader_flags"),
                   "accept_score": self._number(self.data, "accept_score"),
                   "reject_score": self._number(self.data, "reject_score"), "range": self._range(),
                   "on_reject": self._choice("on_reject", ON_REJECT), "grading": self._grading()}
        merged = replace(inherited, **{k: v for k, v in changes.items() if v is not None})
        score, aggregation = self._scoring()
        return replace(merged, score=score, aggregation=aggregation)

    def _words(self, key):
        if key not in self.data:
            return None
        value = self.data[key]
        if isinstance(value, YamlList):
            return tuple(str(v) for v in value)
        if isinstance(value, YamlMap):
            self.error(key, f"'{key}' must be text or a list of words")
            return None
        return tuple(str(value or "").split())

    def _flags(self):
        key = next((k for k in VALIDATOR_FLAG_KEYS if k in self.data), None)
        return self._words(key) if key else None

    def _number(self, where, key, minimum=-math.inf):
        if key not in where:
            return None
        value = where[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= minimum:
            self.error(key, f"'{key}' is {value!r}; write a number" + (f" >= {minimum:g}" if minimum > -math.inf
                                                                         else ""), where=where)
            return None
        return float(value)

    def _choice(self, key, choices):
        value = self.data.get(key)
        if value is not None and value not in choices:
            self.error(key, f"'{key}' is {value!r}; use {' or '.join(choices)}")
            return None
        return value

    def _grading(self):
        value = self.data.get("grading")
        if value not in (None, "default"):
            self.error("grading", f"grading {value!r} is not supported: vetkit applies the default grader "
                                  "(custom graders in graders/ are not run); use grading: default")
        return None

    def _range(self):
        if "range" not in self.data:
            return None
        parts = str(self.data["range"]).split()
        try:
            low, high = (float(part) for part in parts)
        except ValueError:
            low = high = math.nan
        if len(parts) != 2 or not low <= high:
            self.error("range", "'range' must be two numbers 'min max' with min <= max (inf and -inf allowed)")
            return None
        return low, high

    def _scoring(self):
        """The 2023-07 ``scoring`` map (or its ``score`` shorthand): maximum score and aggregation."""
        scoring = self.data.get("scoring")
        if scoring is not None and not isinstance(scoring, YamlMap):
            self.error("scoring", "'scoring' must be a mapping (score, aggregation)")
            scoring = None
        scoring = scoring if scoring is not None else YamlMap(self.data.line)
        for key in scoring:
            if key not in ("score", "aggregation"):
                self.warn(key, f"'scoring.{key}' is not supported and is ignored", where=scoring)
        if scoring.get("score") == "unbounded":
            self.error("scoring", "unbounded scores are not supported; give the group a number of points")
        score = self._number(scoring, "score", 0) if "score" in scoring and scoring["score"] != "unbounded" else None
        for key in ("score", "max_score"):
            if score is None and key in self.data:
                score = self._number(self.data, key, 0)
        aggregation = scoring.get("aggregation")
        if aggregation is not None and aggregation not in AGGREGATIONS:
            self.error("scoring", f"aggregation {aggregation!r} must be one of {', '.join(AGGREGATIONS)}",
                       where=scoring)
            aggregation = None
        return score, aggregation


def _check_flags_placement(root, data, findings):
    """problemtools' warnings: ignore_sample belongs to the root alone, with on_reject: continue there."""
    for group in root.walk():
        if "ignore_sample" not in group.settings.grader_flags:
            continue
        if group is not root:
            findings.append(warning(group.path, None, "has 'grader_flags: ignore_sample' (its own or inherited), "
                                                      "which only the top level may use: give this group its own "
                                                      "grader_flags, or it is judged JE when it has more than two "
                                                      "items"))
        elif group.settings.on_reject == "break":
            findings.append(warning(data / "testdata.yaml", None, "'grader_flags: ignore_sample' with 'on_reject: "
                                                                  "break': a failed sample stops the secret "
                                                                  "tests from being judged"))
