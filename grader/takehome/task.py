"""Take-home task folders: ``task.yaml`` and what it names, read into a frozen ``Task``.

A task folder holds ``task.yaml``, ``statement.md``, a starter notebook, the data
the candidate gets (``data/``), hidden data for grading only (``hidden/``: labels
and expected probe values, never sent into a container) and a reference solution
notebook.  The format is documented in docs/formats-takehome.md.
"""

from dataclasses import dataclass
from pathlib import Path

from question_bank.findings import error
from question_bank.yamlsource import read_yaml

from ..errors import GraderError

DIFFICULTIES = ("easy", "medium", "hard")
LOWER_IS_BETTER = ("rmse", "mae", "log_loss")
METRICS = ("roc_auc", "accuracy", "f1", "rmse", "mae", "log_loss", "precision_at_k", "custom")
TOP_KEYS = {"id", "title", "skills", "difficulty", "time_budget_minutes", "limits", "notebooks", "data",
            "metric", "probes", "execution_points", "rubric", "baseline"}
BASELINE_KEYS = {"target", "train", "test", "id_column", "text", "ignore"}
DEFAULT_EXECUTION_POINTS = 10


class TaskError(GraderError):
    """A task folder cannot be used; ``findings`` lists every problem with file and line."""

    def __init__(self, findings):
        self.findings = list(findings)
        super().__init__("; ".join(f.format() for f in self.findings[:5]))


@dataclass(frozen=True)
class Band:
    """``points`` earned when the metric is at least (or, lower-is-better, at most) ``threshold``."""

    threshold: float
    points: float


@dataclass(frozen=True)
class Metric:
    """How the agreed predictions file is scored against the hidden labels."""

    name: str
    file: str
    id_column: str
    prediction_column: str
    labels: str
    label_column: str
    bands: tuple
    k: int | None = None
    custom: str | None = None

    @property
    def lower_is_better(self) -> bool:
        """True for error metrics (RMSE, MAE, log loss)."""
        return self.name in LOWER_IS_BETTER

    @property
    def max_points(self) -> float:
        """The best band's points."""
        return max((band.points for band in self.bands), default=0)


@dataclass(frozen=True)
class Baseline:
    """How the bank check trains default models on the task's data (``grader.takehome.baselines``)."""

    target: str
    train: str = "data/train.csv"
    test: str = "data/test.csv"
    id_column: str = "id"
    text: tuple = ()
    ignore: tuple = ()


@dataclass(frozen=True)
class Probe:
    """A function the notebook must define, called with hidden inputs after it ran."""

    name: str
    function: str
    cases: str
    points: float


@dataclass(frozen=True)
class RubricItem:
    """A criterion a recruiter scores by hand."""

    criterion: str
    points: int


@dataclass(frozen=True)
class Task:
    """A take-home task, read from its folder."""

    root: Path
    id: str
    title: str
    skills: tuple
    difficulty: str
    time_budget_minutes: int
    limits: dict
    starter: str
    reference: str
    data: tuple
    metric: Metric | None
    probes: tuple
    execution_points: float
    rubric: tuple
    baseline: Baseline | None = None

    @property
    def auto_points(self) -> float:
        """Points the grader awards by itself (execution, metric, probes)."""
        return self.execution_points + (self.metric.max_points if self.metric else 0) + sum(
            p.points for p in self.probes)

    @property
    def rubric_points(self) -> int:
        """Points left to a recruiter."""
        return sum(item.points for item in self.rubric)

    def path(self, relative) -> Path:
        """A path inside the task folder."""
        return self.root / relative


class _Reader:
    """Reads task.yaml fields, collecting a finding for each problem instead of stopping."""

    def __init__(self, root):
        self.root = Path(root)
        self.file = self.root / "task.yaml"
        self.findings = []

    def problem(self, where, text, key=None):
        """Record an error at ``key`` of the mapping ``where`` (or at ``where`` itself)."""
        line = where.line_of(key) if key and hasattr(where, "line_of") else getattr(where, "line", None)
        self.findings.append(error(self.file, line, text))

    def need(self, data, key, kind, default=None):
        """The required value at ``key`` if it has the right type, else ``default`` and an error."""
        value = data.get(key)
        if value is None or not isinstance(value, kind) or isinstance(value, bool):
            self.problem(data, f"`{key}` is missing or not a {getattr(kind, '__name__', kind)}: add it", key)
            return default
        return value

    def existing(self, data, key, relative):
        if relative and not (self.root / relative).is_file():
            self.problem(data, f"`{key}` names {relative}, which does not exist in the task folder", key)
        return relative


def _metric(reader, data):
    if data is None:
        return None
    name = reader.need(data, "name", str, "")
    if name not in METRICS:
        reader.problem(data, f"metric `{name}` is unknown: use one of {', '.join(METRICS)}", "name")
    bands = []
    for band in reader.need(data, "bands", list, []):
        bound = band.get("at_most" if name in LOWER_IS_BETTER else "at_least") if isinstance(band, dict) else None
        points = band.get("points") if isinstance(band, dict) else None
        if not isinstance(bound, (int, float)) or not isinstance(points, (int, float)) or points < 0:
            reader.problem(data, "each band needs a number `at_least` (`at_most` for error metrics) "
                                  "and non-negative `points`", "bands")
            continue
        bands.append(Band(float(bound), float(points)))
    return Metric(name=name, file=reader.need(data, "file", str, "predictions.csv"),
                  id_column=data.get("id_column", "id"), prediction_column=data.get("prediction_column", "prediction"),
                  labels=reader.existing(data, "labels", reader.need(data, "labels", str, "")),
                  label_column=data.get("label_column", "label"), bands=tuple(bands), k=data.get("k"),
                  custom=data.get("custom"))


def _baseline(reader, data):
    if data is None:
        return None
    if not isinstance(data, dict):
        reader.problem(data, "`baseline` must be a mapping with at least `target`")
        return None
    for key in sorted(set(data) - BASELINE_KEYS):
        reader.problem(data, f"unknown baseline key `{key}`: use {', '.join(sorted(BASELINE_KEYS))}", key)
    lists = {}
    for key in ("text", "ignore"):
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            reader.problem(data, f"baseline `{key}` must be a list of column names", key)
            value = []
        lists[key] = tuple(value)
    return Baseline(target=reader.need(data, "target", str, ""),
                    train=reader.existing(data, "train", data.get("train", Baseline.train)),
                    test=reader.existing(data, "test", data.get("test", Baseline.test)),
                    id_column=data.get("id_column", "id"), **lists)


def _probes(reader, items):
    probes = []
    for item in items or []:
        if not isinstance(item, dict):
            reader.problem(items, "each probe must be a mapping with name, function, cases and points")
            continue
        probes.append(Probe(name=reader.need(item, "name", str, "probe"),
                            function=reader.need(item, "function", str, ""),
                            cases=reader.existing(item, "cases", reader.need(item, "cases", str, "")),
                            points=float(reader.need(item, "points", (int, float), 0))))
    return tuple(probes)


def _data_files(root, listed):
    if listed:
        return tuple(listed)
    data_dir = Path(root) / "data"
    return tuple(str(p.relative_to(root)) for p in sorted(data_dir.rglob("*")) if p.is_file()) if data_dir.is_dir() else ()


def read_task(root) -> tuple:
    """Read the task folder; return ``(task or None, findings)`` without raising."""
    reader = _Reader(root)
    data, findings = read_yaml(reader.file)
    reader.findings.extend(findings)
    if not isinstance(data, dict):
        if data is not None:
            reader.problem(data, "task.yaml must be a mapping of keys")
        return None, reader.findings
    for key in sorted(set(data) - TOP_KEYS):
        reader.problem(data, f"unknown key `{key}`: remove it or fix its spelling", key)
    notebooks = reader.need(data, "notebooks", dict, {})
    difficulty = reader.need(data, "difficulty", str, "medium")
    if difficulty not in DIFFICULTIES:
        reader.problem(data, f"difficulty `{difficulty}` is not one of {', '.join(DIFFICULTIES)}", "difficulty")
    task = Task(
        root=reader.root, id=reader.need(data, "id", str, reader.root.name), title=reader.need(data, "title", str, ""),
        skills=tuple(reader.need(data, "skills", list, [])), difficulty=difficulty,
        time_budget_minutes=reader.need(data, "time_budget_minutes", int, 0), limits=dict(data.get("limits") or {}),
        starter=reader.existing(notebooks, "starter", reader.need(notebooks, "starter", str, "starter.ipynb")),
        reference=reader.existing(notebooks, "reference", reader.need(notebooks, "reference", str, "solution.ipynb")),
        data=_data_files(reader.root, data.get("data")), metric=_metric(reader, data.get("metric")),
        probes=_probes(reader, data.get("probes")),
        execution_points=float(data.get("execution_points", DEFAULT_EXECUTION_POINTS)),
        rubric=tuple(RubricItem(str(r.get("criterion", "")), int(r.get("points", 0)))
                     for r in data.get("rubric") or [] if isinstance(r, dict)),
        baseline=_baseline(reader, data.get("baseline")))
    if not (reader.root / "statement.md").is_file():
        reader.findings.append(_error(reader.root / "statement.md", "the statement is missing: write statement.md"))
    for relative in task.data:
        if not (reader.root / relative).is_file():
            reader.problem(data, f"data file {relative} does not exist", "data")
    return task, reader.findings


def _error(file, message):
    return error(file, None, message)


def load_task(root) -> Task:
    """Read the task folder; raise ``TaskError`` listing every problem if it cannot be used."""
    task, findings = read_task(root)
    if task is None or findings:
        raise TaskError(findings or [_error(Path(root) / "task.yaml", "task.yaml is empty: write the task")])
    return task
