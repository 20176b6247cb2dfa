"""Default-model baselines of a take-home's metric: the bands must leave room above what no effort earns.

A task with a ``metric`` and a ``baseline`` entry in ``task.yaml`` (docs/formats-takehome.md) is
calibrated on the host, never in a container: two default scikit-learn models, a linear one
(``LogisticRegression`` or ``LinearRegression``) and a gradient boosting one
(``GradientBoostingClassifier`` or ``GradientBoostingRegressor``), are trained on the task's own
training file with a plain, untuned featurisation (numbers: median imputation, scaled for the
linear model; text columns named in ``baseline.text``: TF-IDF; other columns: one-hot), and
their predictions on the test file are scored against the hidden labels with the task's metric
and bands.  ``baseline_problems`` says in a sentence when a default model reaches the top band:
the top band must reward work beyond a default model, so a default model earns at most the
band below it.

Run ``python -m grader.takehome.baselines [TASK ...]`` to print every task's baseline scores
beside its bands.  The bank check caches the result per task content (``check_cache``).
"""

import argparse
import hashlib
import warnings
from dataclasses import dataclass
from pathlib import Path

from .metrics import _compute, hidden_labels, points_for

CLASSIFICATION = ("roc_auc", "accuracy", "f1", "log_loss")
REGRESSION = ("rmse", "mae")
SEED = 0
"""The random state of the gradient boosting models (their only randomness)."""
MAX_TFIDF_FEATURES = 5000
"""Vocabulary cap of the TF-IDF featurisation: enough for the bank's short texts, fast to train on."""


@dataclass(frozen=True)
class BaselineScore:
    """One default model's metric value on the test labels and the points its band gives."""

    model: str
    value: float
    points: float


def _columns(frame, spec):
    """(numeric, categorical, text) feature columns of ``frame`` per the task's baseline spec."""
    skip = {spec.target, spec.id_column, *spec.ignore, *spec.text}
    features = [c for c in frame.columns if c not in skip]
    numeric = [c for c in features if frame[c].dtype.kind in "biuf"]
    categorical = [c for c in features if c not in numeric]
    return numeric, categorical, [c for c in spec.text if c in frame.columns]


def _featuriser(frame, spec, scale):
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler
    numeric, categorical, text = _columns(frame, spec)
    parts = []
    if numeric:
        steps = [SimpleImputer(strategy="median")] + ([StandardScaler()] if scale else [])
        parts.append(("numeric", make_pipeline(*steps), numeric))
    if categorical:
        parts.append(("categorical", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"),
                                                   OneHotEncoder(handle_unknown="ignore")), categorical))
    parts += [(f"text-{column}", TfidfVectorizer(max_features=MAX_TFIDF_FEATURES), column) for column in text]
    return ColumnTransformer(parts)


def _models(task):
    from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor
    from sklearn.linear_model import LinearRegression, LogisticRegression
    if task.metric.name in CLASSIFICATION:
        return {"linear": (LogisticRegression(max_iter=1000), True),
                "gradient boosting": (GradientBoostingClassifier(random_state=SEED), False)}
    return {"linear": (LinearRegression(), True), "gradient boosting": (GradientBoostingRegressor(random_state=SEED), False)}


def _predict(task, model, features):
    if task.metric.name in ("roc_auc", "log_loss"):
        return model.predict_proba(features)[:, 1]
    return model.predict(features)


def supported(task) -> bool:
    """True when the task declares a baseline and its metric is one the baselines can be scored by."""
    return bool(task.metric and task.baseline and task.metric.name in CLASSIFICATION + REGRESSION)


def baseline_scores(task):
    """Train the default models on the task's training file; score them on its hidden test labels."""
    import pandas as pd
    from sklearn.pipeline import make_pipeline
    spec, metric = task.baseline, task.metric
    train = pd.read_csv(task.path(spec.train), dtype={spec.id_column: str})
    test = pd.read_csv(task.path(spec.test), dtype={spec.id_column: str})
    labels = hidden_labels(task)
    test = test.set_index(spec.id_column).loc[labels.index].reset_index()
    scores = []
    for name, (estimator, scale) in _models(task).items():
        model = make_pipeline(_featuriser(train, spec, scale), estimator)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.fit(train.drop(columns=[spec.target]), train[spec.target])
            predictions = pd.Series(_predict(task, model, test), index=labels.index)
        value = _compute(task, labels, predictions)
        scores.append(BaselineScore(name, value, points_for(metric, value)))
    return scores


def top_band(metric):
    """The band that gives the most points."""
    return max(metric.bands, key=lambda band: band.points)


def baseline_problems(task, scores):
    """A sentence for each default model that reaches the top band (it must earn at most the band below)."""
    best = top_band(task.metric)
    bound = "at most" if task.metric.lower_is_better else "at least"
    return [f"a default {score.model} model reaches the top band ({task.metric.name} = {score.value:.4f}, "
            f"{bound} {best.threshold:g} earns {best.points:g} points): make the top band need more than a "
            "default model (a stricter threshold, or data that rewards feature work)"
            for score in scores if score.points >= best.points]


def fingerprint() -> str:
    """What decides a baseline besides the task's files: this module and scikit-learn's version."""
    import sklearn
    return hashlib.sha256(Path(__file__).read_bytes() + sklearn.__version__.encode()).hexdigest()


def main(argv=None):
    """``python -m grader.takehome.baselines [TASK ...]``: each task's baseline scores beside its bands."""
    from question_bank.paths import DEFAULT_BANK_ROOT

    from .task import load_task
    parser = argparse.ArgumentParser(description="Print default-model baselines of take-home tasks.")
    parser.add_argument("tasks", nargs="*", type=Path, help="task folders (default: every take-home of the bank)")
    args = parser.parse_args(argv)
    folders = args.tasks or sorted(p.parent for p in (DEFAULT_BANK_ROOT / "takehomes").glob("*/task.yaml"))
    for folder in folders:
        task = load_task(folder)
        if not supported(task):
            print(f"{task.id}: no baseline ({'no metric' if not task.metric else 'none declared or unsupported metric'})")
            continue
        bands = ", ".join(f"{b.threshold:g}->{b.points:g}" for b in task.metric.bands)
        found = "; ".join(f"{s.model} {s.value:.4f} ({s.points:g} points)" for s in baseline_scores(task))
        print(f"{task.id}: {task.metric.name} bands [{bands}]: {found}")


if __name__ == "__main__":
    main()
