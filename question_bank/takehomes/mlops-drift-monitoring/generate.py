"""Seeded generator of the drift-monitoring task: a reference window, weekly production windows and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only).  The expected probe values come from the reference functions below: PSI on the
reference's quantile bins (shares floored at ``EPS``) and the two-sample Kolmogorov-Smirnov statistic.

Method.  A loan-scoring model's inputs: ``age`` (normal, clipped to 18..80, whole years), ``income``
(log-normal), ``tenure_months`` (geometric), ``sessions_per_week`` (Poisson), ``utilisation`` (beta)
and ``device`` (``ios``, ``android``, ``web``).  ``window`` draws rows with numpy's ``default_rng``
given shifts of each feature's parameters, and can break the pipeline: a feature in other units, a
share of a feature missing, a feature stuck at one value, a new category.  ``data/reference.csv`` is the
training window; ``data/production_week_{1..4}.csv`` are four weeks after it (unchanged; a slow shift;
a clear shift; one broken in the pipeline).

``monitor`` gets eight hidden windows, each built so one answer is clearly right for a careful
analyst: unchanged windows large and small (the large one has a shift so small that a KS p-value still
flags it: effect sizes decide, not p-values), real shifts of numbers or of the device mix, and broken
pipelines.  ``reference_monitor`` below is the rule the expected answers come from (pipeline checks
first, then the largest PSI over features); the script asserts each case sits far from its cut-offs.
"""

import csv
import json
import math
from pathlib import Path

import numpy as np

SEED = 9090
HERE = Path(__file__).resolve().parent
EPS = 1e-4
FEATURES = ["age", "income", "tenure_months", "sessions_per_week", "utilisation"]
DEVICES = ["ios", "android", "web"]


# ----------------------------------------------------------------------------- reference implementation

def _clean(values):
    values = np.asarray(values, dtype=float)
    return values[~np.isnan(values)]


def psi(reference, production, bins=10):
    ref, prod = _clean(reference), _clean(production)
    edges = np.quantile(ref, [k / bins for k in range(1, bins)])
    ref_share = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=bins) / len(ref)
    prod_share = np.bincount(np.searchsorted(edges, prod, side="left"), minlength=bins) / len(prod)
    ref_share, prod_share = np.maximum(ref_share, EPS), np.maximum(prod_share, EPS)
    return float(np.sum((prod_share - ref_share) * np.log(prod_share / ref_share)))


def ks_statistic(reference, production):
    ref, prod = np.sort(_clean(reference)), np.sort(_clean(production))
    grid = np.concatenate([ref, prod])
    cdf_ref = np.searchsorted(ref, grid, side="right") / len(ref)
    cdf_prod = np.searchsorted(prod, grid, side="right") / len(prod)
    return float(np.max(np.abs(cdf_ref - cdf_prod)))


def category_psi(reference, production):
    values = sorted(set(reference) | set(production))
    ref = np.array([np.mean([v == x for v in reference]) for x in values])
    prod = np.array([np.mean([v == x for v in production]) for x in values])
    ref, prod = np.maximum(ref, EPS), np.maximum(prod, EPS)
    return float(np.sum((prod - ref) * np.log(prod / ref)))


PSI_OK, PSI_RETRAIN = 0.1, 0.25
BROKEN = 0.05
"""Pipeline checks: a rise in the missing share, or a share outside the reference's range, above this."""


def reference_monitor(ref, prod):
    """(decision, margin): pipeline checks first, then the largest PSI over the features."""
    worst_break = 0.0
    for f in FEATURES:
        r, p = np.asarray(ref[f], dtype=float), np.asarray(prod[f], dtype=float)
        missing = np.isnan(p).mean() - np.isnan(r).mean()
        pc = p[~np.isnan(p)]
        outside = np.mean((pc < np.nanmin(r)) | (pc > np.nanmax(r))) if len(pc) else 1.0
        stuck = 1.0 if len(pc) and np.nanstd(r) > 0 and np.std(pc) == 0 else 0.0
        worst_break = max(worst_break, missing, outside, stuck)
    unseen = np.mean([d not in DEVICES for d in prod["device"]])
    worst_break = max(worst_break, unseen)
    if worst_break > 2 * BROKEN:
        return "fix the pipeline", worst_break / BROKEN
    assert worst_break < BROKEN / 2, worst_break
    drift = max([psi(ref[f], prod[f]) for f in FEATURES] + [category_psi(ref["device"], prod["device"])])
    if drift > PSI_RETRAIN * 1.5:
        return "retrain", drift / PSI_RETRAIN
    assert drift < PSI_OK / 2, drift
    return "ok", PSI_OK / max(drift, 1e-9)


# ----------------------------------------------------------------------------- data

def window(rng, n, age=0.0, income=1.0, tenure=1.0, sessions=1.0, utilisation=0.0, devices=(0.45, 0.35, 0.20),
           breaks=()):
    cols = {
        "age": np.clip(np.round(rng.normal(41 + age, 12, n)), 18, 80),
        "income": np.round(np.exp(rng.normal(10.6, 0.45, n)) * income, 2),
        "tenure_months": rng.geometric(1 / (30 * tenure), n).astype(float),
        "sessions_per_week": rng.poisson(4 * sessions, n).astype(float),
        "utilisation": np.round(rng.beta(2 + utilisation, 5, n), 4),
    }
    cols["tenure_months"] = np.minimum(cols["tenure_months"], 400)
    device = np.array(DEVICES)[rng.choice(3, size=n, p=np.array(devices) / sum(devices))].astype(object)
    for kind, feature, amount in breaks:
        if kind == "units":
            cols[feature] = np.round(cols[feature] * amount, 2)
        elif kind == "missing":
            cols[feature][rng.random(n) < amount] = np.nan
        elif kind == "stuck":
            cols[feature][:] = amount
        elif kind == "category":
            device[rng.random(n) < amount] = feature
    rows = []
    for k in range(n):
        row = {"row_id": k + 1, **{f: cols[f][k] for f in FEATURES}, "device": device[k]}
        rows.append(row)
    return rows


def as_columns(rows):
    return {key: [r[key] for r in rows] for key in rows[0]} if rows else {}


def write_window(path, rows):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, ["row_id", *FEATURES, "device"], lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if isinstance(v, float) and math.isnan(v) else
                                 (int(v) if k in ("age", "tenure_months", "sessions_per_week") else v))
                             for k, v in row.items()})


def yaml_flow(value):
    if isinstance(value, float):
        text = repr(value)
        if "e" in text and "." not in text.split("e")[0]:
            text = text.replace("e", ".0e", 1)
        return text
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(yaml_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def write_cases(name, cases):
    lines = ["cases:"] + [f"  - {yaml_flow(case)}" for case in cases]
    (HERE / "hidden" / f"{name}.yaml").write_text("\n".join(lines) + "\n")


WEEKS = [dict(), dict(age=2.0, utilisation=0.3), dict(age=9.0, income=1.3, devices=(0.55, 0.35, 0.10)),
         dict(breaks=[("units", "income", 100.0)])]
MONITOR = [  # (expected, window arguments)
    ("ok", dict(n=30000, utilisation=0.06)),
    ("retrain", dict(n=3000, age=8.0, sessions=1.3)),
    ("fix the pipeline", dict(n=5000, breaks=[("missing", "tenure_months", 0.4)])),
    ("ok", dict(n=1500)),
    ("retrain", dict(n=8000, devices=(0.25, 0.20, 0.55), income=0.7)),
    ("fix the pipeline", dict(n=5000, breaks=[("units", "utilisation", 100.0)])),
    ("fix the pipeline", dict(n=4000, breaks=[("stuck", "sessions_per_week", 0.0)])),
    ("fix the pipeline", dict(n=6000, breaks=[("category", "DESKTOP", 0.3)])),
    ("retrain", dict(n=10000, tenure=0.5, utilisation=1.5)),
]


def main():
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    reference = window(rng, 20000)
    write_window("data/reference.csv", reference)
    ref_cols = as_columns(reference)
    for week, arguments in enumerate(WEEKS, 1):
        rows = window(rng, 5000, **arguments)
        write_window(f"data/production_week_{week}.csv", rows)
        cols = as_columns(rows)
        print("week", week, {f: round(psi(ref_cols[f], cols[f]), 3) for f in FEATURES},
              round(category_psi(ref_cols["device"], cols["device"]), 3))

    numeric = [([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
               ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),
               ([0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 21, 34], [0, 1, 1, 1, 2, 2, 3, 40, None, 5])]
    for n_ref, n_prod, shift in [(2000, 1500, 0.0), (3000, 2500, 0.3), (1000, 4000, 1.0), (5000, 500, -0.5)]:
        numeric.append([np.round(rng.normal(0, 1, n_ref), 4).tolist(), np.round(rng.normal(shift, 1.2, n_prod), 4).tolist()])
    ages = [ref_cols["age"][:3000], as_columns(window(rng, 2000, age=5.0))["age"]]
    numeric.append([list(map(float, ages[0])), list(map(float, ages[1]))])
    clean = lambda v: [None if x is None else float(x) for x in v]
    numeric = [[clean(a), clean(b)] for a, b in numeric]
    as_nan = lambda v: [math.nan if x is None else x for x in v]
    psi_cases = [{"args": [a, b], "expected": psi(as_nan(a), as_nan(b))} for a, b in numeric]
    psi_cases.append({"args": numeric[4], "kwargs": {"bins": 5}, "expected": psi(*numeric[4], bins=5)})
    psi_cases.append({"args": numeric[5], "kwargs": {"bins": 20}, "expected": psi(*numeric[5], bins=20)})
    write_cases("psi", psi_cases)
    write_cases("ks_statistic", [{"args": [a, b], "expected": ks_statistic(as_nan(a), as_nan(b))} for a, b in numeric])

    cases = []
    for index, (expected, arguments) in enumerate(MONITOR, 1):
        rows = window(rng, **arguments)
        decision, margin = reference_monitor(ref_cols, as_columns(rows))
        print("monitor", index, expected, decision, round(margin, 2))
        assert decision == expected and margin > 1.4, (index, decision, margin)
        write_window(f"hidden/window_{index}.csv", rows)
        cases.append({"args": [{"$csv": "hidden/reference.csv"}, {"$csv": f"hidden/window_{index}.csv"}],
                      "expected": expected})
    write_window("hidden/reference.csv", reference)
    write_cases("monitor", cases)


if __name__ == "__main__":
    main()
