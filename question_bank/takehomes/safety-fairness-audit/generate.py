"""Seeded generator of the fairness-audit task: a loan model's decisions on labelled audit data, and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only).  The expected probe values come from the reference functions below.

Method.  Each applicant has a ``group`` and an outcome ``repaid`` (1 or 0) drawn with the group's base
rate; the model's ``score`` is a logistic function of a noisy signal of the outcome, whose mean for
repaying and for defaulting applicants can be shifted per group (a model that under-scores one group's
good applicants has a lower true-positive rate there; one that over-scores a group's bad applicants a
higher false-positive rate).  Applicants are approved when ``score >= 0.5``.  Groups differ in their
base rates on purpose, so approval rates differ even for a model with equal error rates (demographic
parity is not the criterion here: equalised odds is).

``audit`` gets six hidden audit sets, each built so that one answer is clearly right for a careful
analyst: equal error rates with unequal base rates (``fair``), a gap in true- or false-positive rates
that the data establish (``unfair``), and a group too small to tell either way (``insufficient data``).
``reference_audit`` below is the rule the expected answers come from (95% Wald intervals of every pairwise
TPR and FPR gap); each set is redrawn until it sits far from that rule's cut-offs.
"""

import csv
import itertools
import json
import math
from pathlib import Path
from statistics import NormalDist

import numpy as np

SEED = 5151
HERE = Path(__file__).resolve().parent
THRESHOLD = 0.5
Z = NormalDist().inv_cdf(0.975)
MATERIAL = 0.05
"""A gap in TPR or FPR that matters; a gap whose interval lies entirely beyond it is established."""
PRECISE = 0.08
"""An audit can call a model fair only when every gap's interval half-width is below this."""


# ----------------------------------------------------------------------------- reference implementation

def group_rates(rows, threshold=THRESHOLD):
    out = {}
    for group in sorted({r["group"] for r in rows}):
        members = [r for r in rows if r["group"] == group]
        approved = [r["score"] >= threshold for r in members]
        pos = [a for a, r in zip(approved, members) if r["repaid"] == 1]
        neg = [a for a, r in zip(approved, members) if r["repaid"] == 0]
        out[group] = {"n": len(members), "approval_rate": sum(approved) / len(members),
                      "tpr": sum(pos) / len(pos) if pos else None, "fpr": sum(neg) / len(neg) if neg else None}
    return out


def equalized_odds_gap(rows, threshold=THRESHOLD):
    rates = group_rates(rows, threshold)
    gaps = [max(abs(rates[a]["tpr"] - rates[b]["tpr"]), abs(rates[a]["fpr"] - rates[b]["fpr"]))
            for a, b in itertools.combinations(rates, 2)]
    return max(gaps) if gaps else 0.0


def gap_intervals(rows):
    """(estimate, half-width) of every pairwise TPR and FPR gap."""
    out = []
    groups = sorted({r["group"] for r in rows})
    for a, b in itertools.combinations(groups, 2):
        for label in (1, 0):
            sides = []
            for g in (a, b):
                approved = [r["score"] >= THRESHOLD for r in rows if r["group"] == g and r["repaid"] == label]
                sides.append((sum(approved) / len(approved), len(approved)))
            (p1, n1), (p2, n2) = sides
            half = Z * math.sqrt(max(p1 * (1 - p1), 1 / n1) / n1 + max(p2 * (1 - p2), 1 / n2) / n2)
            out.append((p1 - p2, half))
    return out


def reference_audit(rows):
    """(decision, margin): unfair if a gap's interval lies beyond MATERIAL; fair if every gap is precise and small."""
    gaps = gap_intervals(rows)
    established = max(abs(d) - h for d, h in gaps)
    if established > MATERIAL:
        return "unfair", established / MATERIAL
    widest = max(h for d, h in gaps)
    largest = max(abs(d) + h for d, h in gaps)
    if widest < PRECISE and largest < 2 * MATERIAL:
        return "fair", min(PRECISE / widest, 2 * MATERIAL / largest, MATERIAL / max(established, 1e-9) if established > 0 else 9)
    if widest > 1.5 * PRECISE:
        return "insufficient data", min(widest / PRECISE, MATERIAL / max(established, 1e-9) if established > 0 else 9)
    return "ambiguous", 0.0


# ----------------------------------------------------------------------------- data

GROUPS = {"A": 0.75, "B": 0.6, "C": 0.5}  # base rates of repaying


def applicants(rng, sizes, shift_pos=None, shift_neg=None, base=None, first=1):
    shift_pos, shift_neg, base = shift_pos or {}, shift_neg or {}, dict(GROUPS, **(base or {}))
    rows = []
    for group, n in sizes.items():
        for _ in range(n):
            repaid = int(rng.random() < base[group])
            mean = (1.0 + shift_pos.get(group, 0.0)) if repaid else (-1.0 + shift_neg.get(group, 0.0))
            score = 1 / (1 + math.exp(-(mean + rng.normal(0, 1.1))))
            rows.append({"group": group, "score": round(score, 4), "repaid": repaid})
    order = rng.permutation(len(rows))
    rows = [rows[int(i)] for i in order]
    for k, row in enumerate(rows):
        row["applicant_id"] = f"a{first + k:06d}"
    return rows


def clear(rng, expected, min_margin=1.3, **arguments):
    for _ in range(200):
        rows = applicants(rng, **arguments)
        decision, margin = reference_audit(rows)
        if decision == expected and margin > min_margin:
            return rows
    raise AssertionError((expected, arguments, decision, margin))


def write_rows(path, rows):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, ["applicant_id", "group", "score", "repaid"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def yaml_flow(value):
    if isinstance(value, float):
        text = repr(value)
        if "e" in text and "." not in text.split("e")[0]:
            text = text.replace("e", ".0e", 1)
        return text
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(yaml_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def write_cases(name, cases):
    lines = ["cases:"] + [f"  - {yaml_flow(case)}" for case in cases]
    (HERE / "hidden" / f"{name}.yaml").write_text("\n".join(lines) + "\n")


AUDITS = [  # (expected, arguments)
    ("fair", dict(sizes={"A": 3000, "B": 2500, "C": 2000})),
    ("unfair", dict(sizes={"A": 3000, "B": 2500, "C": 2000}, shift_pos={"C": -0.9})),
    ("insufficient data", dict(sizes={"A": 3000, "B": 2500, "C": 40})),
    ("unfair", dict(sizes={"A": 2000, "B": 2000}, shift_neg={"A": 0.9})),
    ("fair", dict(sizes={"A": 4000, "B": 3000}, base={"B": 0.35})),
    ("insufficient data", dict(sizes={"A": 60, "B": 50, "C": 45})),
]


def main():
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    audit_set = clear(rng, "unfair", sizes={"A": 4000, "B": 3000, "C": 1500}, shift_pos={"B": -0.7})
    write_rows("data/audit_set.csv", audit_set)
    print("data", group_rates(audit_set), equalized_odds_gap(audit_set))

    rate_sets = [[("A", 0.9, 1), ("A", 0.2, 0), ("A", 0.6, 0), ("A", 0.4, 1), ("B", 0.5, 1), ("B", 0.49, 0),
                  ("B", 0.7, 0), ("B", 0.1, 1)]]
    rate_rows = [[{"applicant_id": f"h{k}", "group": g, "score": s, "repaid": y} for k, (g, s, y) in enumerate(rs)]
                 for rs in rate_sets]
    rate_rows += [applicants(rng, {"A": 300, "B": 200, "C": 150}, shift_pos={"B": -0.5}),
                  applicants(rng, {"A": 500, "B": 500}, shift_neg={"B": 0.6})]
    rate_cases, gap_cases = [], []
    for index, rows in enumerate(rate_rows, 1):
        write_rows(f"hidden/rates_{index}.csv", rows)
        rate_cases.append({"args": [{"$csv": f"hidden/rates_{index}.csv"}], "expected": group_rates(rows)})
        gap_cases.append({"args": [{"$csv": f"hidden/rates_{index}.csv"}], "expected": equalized_odds_gap(rows)})
        for t in (0.3, 0.7):
            rate_cases.append({"args": [{"$csv": f"hidden/rates_{index}.csv"}], "kwargs": {"threshold": t},
                               "expected": group_rates(rows, t)})
            gap_cases.append({"args": [{"$csv": f"hidden/rates_{index}.csv"}], "kwargs": {"threshold": t},
                              "expected": equalized_odds_gap(rows, t)})
    write_cases("group_rates", rate_cases)
    write_cases("equalized_odds_gap", gap_cases)

    cases = []
    for index, (expected, arguments) in enumerate(AUDITS, 1):
        rows = clear(rng, expected, **arguments)
        write_rows(f"hidden/audit_{index}.csv", rows)
        cases.append({"args": [{"$csv": f"hidden/audit_{index}.csv"}], "expected": expected})
        print(index, expected, reference_audit(rows))
    write_cases("audit", cases)


if __name__ == "__main__":
    main()
