"""Seeded generator of the data-validation task: a churn model's training data, scoring batches and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only).  The expected probe values come from the reference functions below.

Method.  Customers have ``age`` (normal, whole years, 18..90), ``monthly_spend`` (log-normal, euros,
missing for about 2% of customers, as in the training data), ``tenure_months`` (geometric) and ``plan``
(``basic``, ``plus``, ``premium``).  ``batch`` draws a scoring batch and can break it the way upstream
jobs break: a column dropped, a column mostly missing, spend in cents, a new plan, text in a numeric
column, sentinel values.  ``data/`` holds the training file and three sample batches; ``hidden/`` the
batches the grader calls the functions on.

``validate`` gets hidden batches each built so that one answer is clearly right: clean batches large and
small (with missing spend at the training rate, with columns reordered and an extra column), and broken
ones.  ``reference_validate`` below is the rule the expected answers come from: every schema column
present and numeric where it must be, no column missing much more often than in training (5 points of
share above the training rate), and at most 1% of a column's values outside its range or set.
"""

import csv
import json
import math
from pathlib import Path

import numpy as np

SEED = 4242
HERE = Path(__file__).resolve().parent
COLUMNS = ["customer_id", "age", "monthly_spend", "tenure_months", "plan"]
RANGES = {"age": (18, 100), "monthly_spend": (0, 2000), "tenure_months": (0, 600)}
PLANS = ("basic", "plus", "premium")
TRAIN_MISSING = {"customer_id": 0.0, "age": 0.0, "monthly_spend": 0.02, "tenure_months": 0.0, "plan": 0.0}
MISSING_MARGIN = 0.05
"""A column missing this much more often than in training makes a batch unusable."""
BAD_SHARE = 0.01
"""A batch with more than this share of a column's values outside its range or set is rejected."""


# ----------------------------------------------------------------------------- reference implementation

def is_missing(value):
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def as_number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def missing_shares(rows, columns):
    return {c: sum(is_missing(r.get(c)) for r in rows) / len(rows) for c in COLUMNS if c in columns}


def bad_value(column, value):
    if column == "plan":
        return value not in PLANS
    number = as_number(value)
    low, high = RANGES[column]
    return number is None or not low <= number <= high


def range_violations(rows, columns):
    return {c: sum(bad_value(c, r[c]) for r in rows if not is_missing(r[c])) for c in list(RANGES) + ["plan"]
            if c in columns}


def numeric(rows, column):
    return all(as_number(r[column]) is not None for r in rows if not is_missing(r[column]))


def reference_validate(rows, columns):
    """(decision, reason) of the rule the expected answers come from."""
    if any(c not in columns for c in COLUMNS):
        return "reject", "missing column"
    if not all(numeric(rows, c) for c in RANGES):
        return "reject", "text in a numeric column"
    for column, share in missing_shares(rows, columns).items():
        if share > TRAIN_MISSING[column] + MISSING_MARGIN:
            return "reject", f"{column} missing {share:.3f}"
    for column, count in range_violations(rows, columns).items():
        if count > BAD_SHARE * len(rows):
            return "reject", f"{column} out of range {count}"
    return "accept", "clean"


# ----------------------------------------------------------------------------- data

def customers(rng, n, first=1, spend_missing=0.02):
    rows = []
    for k in range(n):
        spend = "" if rng.random() < spend_missing else round(float(rng.lognormal(math.log(45), 0.6)), 2)
        rows.append({"customer_id": f"c{first + k:06d}", "age": int(np.clip(round(rng.normal(41, 12)), 18, 90)),
                     "monthly_spend": spend, "tenure_months": int(min(rng.geometric(1 / 30), 400)),
                     "plan": str(rng.choice(PLANS, p=[0.5, 0.35, 0.15]))})
    return rows


def spoil(rng, rows, column, share, value):
    for row in rows:
        if rng.random() < share:
            row[column] = value(row[column]) if callable(value) else value
    return rows


def churn_labels(rng, rows):
    for row in rows:
        spend = row["monthly_spend"] or 45
        logit = -1.0 - 0.03 * row["tenure_months"] + 0.01 * (spend - 45) + (0.5 if row["plan"] == "basic" else 0)
        row["churned"] = int(rng.random() < 1 / (1 + math.exp(-logit)))
    return rows


def write_rows(path, rows, columns):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def yaml_flow(value):
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(yaml_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def write_cases(name, cases):
    lines = ["cases:"] + [f"  - {yaml_flow(case)}" for case in cases]
    (HERE / "hidden" / f"{name}.yaml").write_text("\n".join(lines) + "\n")


def cents(value):
    return round(value * 100, 2) if value != "" else value


def hidden_batches(rng):
    """(expected, rows, columns) of the batches ``validate`` is called on."""
    swapped = ["plan", "tenure_months", "customer_id", "monthly_spend", "age", "region"]
    batches = [
        ("accept", customers(rng, 4000, 200001), COLUMNS),
        ("accept", customers(rng, 150, 210001, spend_missing=0.03), COLUMNS),
        ("reject", customers(rng, 3000, 220001), [c for c in COLUMNS if c != "tenure_months"]),
        ("reject", customers(rng, 3000, 230001, spend_missing=0.35), COLUMNS),
        ("reject", spoil(rng, customers(rng, 3000, 240001), "monthly_spend", 1.0, cents), COLUMNS),
        ("reject", spoil(rng, customers(rng, 2500, 250001), "plan", 0.2, "enterprise"), COLUMNS),
        ("accept", [dict(r, region=str(rng.choice(["north", "south"]))) for r in customers(rng, 2000, 260001)],
         swapped),
        ("reject", spoil(rng, customers(rng, 2000, 270001), "age", 0.3, "unknown"), COLUMNS),
        ("reject", spoil(rng, customers(rng, 2500, 280001), "tenure_months", 0.15, -1), COLUMNS),
    ]
    for expected, rows, columns in batches:
        decision, reason = reference_validate(rows, columns)
        assert decision == expected, (expected, decision, reason)
    return batches


def probe_frames(rng):
    """Small and large frames for the exact probes: missing cells, stray values, a dropped column."""
    tiny = [{"customer_id": "t1", "age": 30, "monthly_spend": 12.5, "tenure_months": 3, "plan": "basic"},
            {"customer_id": "t2", "age": 17, "monthly_spend": "", "tenure_months": 700, "plan": "gold"},
            {"customer_id": "t3", "age": "", "monthly_spend": 2500.0, "tenure_months": 0, "plan": ""},
            {"customer_id": "t4", "age": 101, "monthly_spend": -3.0, "tenure_months": 12, "plan": "premium"}]
    mixed = customers(rng, 800, 300001, spend_missing=0.1)
    spoil(rng, mixed, "age", 0.05, lambda v: v + 70)
    spoil(rng, mixed, "plan", 0.04, "")
    spoil(rng, mixed, "tenure_months", 0.02, "")
    dropped = spoil(rng, customers(rng, 500, 310001), "monthly_spend", 0.5, cents)
    return [(tiny, COLUMNS), (mixed, COLUMNS), (dropped, ["customer_id", "monthly_spend", "plan"])]


def main():
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    train = churn_labels(rng, customers(rng, 6000))
    write_rows("data/train.csv", train, COLUMNS + ["churned"])
    samples = [customers(rng, 1000, 100001), customers(rng, 1000, 101001, spend_missing=0.4),
               spoil(rng, customers(rng, 1000, 102001), "age", 0.1, lambda v: v * 12)]
    for index, rows in enumerate(samples, 1):
        write_rows(f"data/batch_{index}.csv", rows, COLUMNS)
        print("sample", index, reference_validate(rows, COLUMNS))

    missing_cases, range_cases = [], []
    for index, (rows, columns) in enumerate(probe_frames(rng), 1):
        write_rows(f"hidden/frame_{index}.csv", rows, columns)
        missing_cases.append({"args": [{"$csv": f"hidden/frame_{index}.csv"}], "expected": missing_shares(rows, columns)})
        range_cases.append({"args": [{"$csv": f"hidden/frame_{index}.csv"}],
                            "expected": range_violations(rows, columns)})
    write_cases("missing_shares", missing_cases)
    write_cases("range_violations", range_cases)

    cases = []
    for index, (expected, rows, columns) in enumerate(hidden_batches(rng), 1):
        write_rows(f"hidden/batch_{index}.csv", rows, columns)
        cases.append({"args": [{"$csv": f"hidden/batch_{index}.csv"}], "expected": expected})
        print(index, expected, reference_validate(rows, columns)[1])
    write_cases("validate", cases)


if __name__ == "__main__":
    main()
