"""Score a take-home's predictions file against hidden labels, on the host, with a declared metric.

The predictions come out of a sandbox container, so they are untrusted: the file
is size-capped by the sandbox, parsed as CSV with pandas, and every problem
(missing column, missing ids, non-numeric values) becomes a sentence and zero
points, never an exception.  Metrics come from scikit-learn; a task may also
name its own function (``custom: metric.py:score``) in its folder.  pandas,
numpy and scikit-learn are imported when first needed, so importing the grader
(and every ``vetkit`` command) stays fast.
"""

import functools
import importlib.util
import io
from dataclasses import dataclass

from ..filecache import file_version

LOADED_LABELS = 32
"""Hidden label files kept parsed in memory (one per task version), so grading does not parse them again."""


@dataclass(frozen=True)
class MetricOutcome:
    """The metric's value (None when the predictions were unusable), the points, and a sentence."""

    value: float | None
    points: float
    detail: str


def _precision_at_k(labels, predictions, k):
    """Mean, over users (the id column's prefix before ':'), of relevant items among the top k predicted."""
    import pandas as pd
    frame = pd.DataFrame({"key": labels.index, "label": labels.values, "score": predictions.values})
    frame["user"] = frame["key"].astype(str).str.split(":").str[0]
    top = frame.sort_values(["user", "score", "key"], ascending=[True, False, True]).groupby("user").head(k)
    return float(top.groupby("user")["label"].apply(lambda s: (s > 0).sum() / k).mean())


def _custom(task, labels, predictions):
    file_name, _, function = task.metric.custom.partition(":")
    spec = importlib.util.spec_from_file_location(f"vetkit_task_metric_{task.id}", task.path(file_name))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return float(getattr(module, function or "score")(labels.to_numpy(), predictions.to_numpy()))


def _compute(task, labels, predictions):
    import numpy as np
    from sklearn import metrics as skm
    name = task.metric.name
    y, p = labels.to_numpy(), predictions.to_numpy()
    if name == "roc_auc":
        return float(skm.roc_auc_score(y, p))
    if name == "accuracy":
        return float(skm.accuracy_score(y, p))
    if name == "f1":
        return float(skm.f1_score(y, p, average="binary" if len(np.unique(y)) <= 2 else "macro"))
    if name == "rmse":
        return float(np.sqrt(skm.mean_squared_error(y, p)))
    if name == "mae":
        return float(skm.mean_absolute_error(y, p))
    if name == "log_loss":
        return float(skm.log_loss(y, np.clip(p, 1e-15, 1 - 1e-15)))
    if name == "precision_at_k":
        return _precision_at_k(labels, predictions, task.metric.k or 10)
    return _custom(task, labels, predictions)


def points_for(metric, value):
    """The points of the best band that ``value`` reaches."""
    reached = [band.points for band in metric.bands
               if (value <= band.threshold if metric.lower_is_better else value >= band.threshold)]
    return max(reached, default=0.0)


def _read_predictions(task, data):
    import pandas as pd
    metric = task.metric
    try:
        frame = pd.read_csv(io.BytesIO(data), dtype={metric.id_column: str})
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        return None, f"{metric.file} is not a readable CSV file ({str(exc).splitlines()[0][:120]})"
    missing = [c for c in (metric.id_column, metric.prediction_column) if c not in frame.columns]
    if missing:
        return None, f"{metric.file} has no column {', '.join(missing)}: write columns {metric.id_column},{metric.prediction_column}"
    if frame[metric.id_column].duplicated().any():
        return None, f"{metric.file} repeats some ids: write one row per id"
    return frame.set_index(metric.id_column)[metric.prediction_column], None


def hidden_labels(task):
    """The task's hidden labels, a pandas Series indexed by id (read-only: parsed once per file version)."""
    metric = task.metric
    return _read_labels(file_version(task.path(metric.labels)), metric.id_column, metric.label_column)


@functools.lru_cache(maxsize=LOADED_LABELS)
def _read_labels(version, id_column, label_column):
    import pandas as pd
    return pd.read_csv(version[0], dtype={id_column: str}).set_index(id_column)[label_column]


def score_predictions(task, data) -> MetricOutcome:
    """Score the predictions file's bytes (or None when the notebook did not write it)."""
    import pandas as pd
    metric = task.metric
    if data is None:
        return MetricOutcome(None, 0.0, f"the notebook did not write {metric.file}")
    predictions, problem = _read_predictions(task, data)
    if problem:
        return MetricOutcome(None, 0.0, problem)
    labels = hidden_labels(task)
    missing = labels.index.difference(predictions.index)
    if len(missing):
        return MetricOutcome(None, 0.0, f"{metric.file} lacks predictions for {len(missing)} of {len(labels)} ids "
                                        f"(e.g. {missing[0]}): predict every id of the test set")
    aligned = pd.to_numeric(predictions.reindex(labels.index), errors="coerce")
    if aligned.isna().any():
        return MetricOutcome(None, 0.0, f"{metric.file} has empty or non-numeric predictions: write a number per id")
    try:
        value = _compute(task, labels, aligned)
    except ValueError as exc:
        return MetricOutcome(None, 0.0, f"{metric.name} could not be computed: {exc}")
    points = points_for(metric, value)
    return MetricOutcome(value, points, f"{metric.name} = {value:.4f}: {points:g} of {metric.max_points:g} points")
