"""Seeded generator of the filter-threshold task: a content filter's scores on reviewed posts, and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only).  The expected probe values come from the reference functions below.

Method.  A post is harmful (``harmful = 1``) with a small base rate; the filter's ``score`` is a logistic
function of a normal signal whose mean depends on the label and the post's ``language`` (the filter
scores harmful Spanish posts lower than harmful English ones, so it misses more of them).  The scores are
not calibrated: the threshold that minimises the expected cost of a missed harmful post (``cost_fn``) and
of a wrongly blocked benign one (``cost_fp``) is not ``cost_fp / (cost_fp + cost_fn)``.  ``true_optimum``
finds the population's cost-minimising threshold from the model's distributions.

``recommend`` gets hidden samples, each built so one answer is clearly right for a careful analyst: the
deployed threshold sits at the population's optimum (``keep``, although the sample's own best threshold
always differs a little from it), or far enough from it that the sample establishes a lower cost
elsewhere (``lower``, ``raise``).  ``reference_recommend`` below is the rule the expected answers come
from (a paired z-statistic of the per-post cost difference between the deployed and the sample's best
threshold); each sample is redrawn until it sits far from that rule's cut-off.
"""

import csv
import json
import math
from pathlib import Path
from statistics import NormalDist

import numpy as np

SEED = 7373
HERE = Path(__file__).resolve().parent
BASE_RATE = 0.08
LANGUAGES = {"en": 0.7, "es": 0.3}
MEANS = {("en", 1): 0.8, ("es", 1): 0.0, ("en", 0): -2.2, ("es", 0): -2.2}
SIGMA = 1.0
Z_CUT = 2.0
"""The reference keeps the deployed threshold unless the sample's best one beats it by this many standard errors."""


# ----------------------------------------------------------------------------- reference implementation

def confusion(rows, threshold):
    out = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for r in rows:
        blocked = r["score"] >= threshold
        out[("t" if blocked == bool(r["harmful"]) else "f") + ("p" if blocked else "n")] += 1
    return out


def post_costs(rows, threshold, cost_fn, cost_fp):
    return [cost_fn if r["harmful"] and r["score"] < threshold else
            cost_fp if not r["harmful"] and r["score"] >= threshold else 0.0 for r in rows]


def expected_cost(rows, threshold, cost_fn=20.0, cost_fp=1.0):
    c = confusion(rows, threshold)
    return (cost_fn * c["fn"] + cost_fp * c["fp"]) / len(rows)


def best_threshold(rows, cost_fn=20.0, cost_fp=1.0):
    """The distinct score with the lowest expected cost; the highest such score on a tie."""
    scores = sorted({r["score"] for r in rows})
    costs = [expected_cost(rows, t, cost_fn, cost_fp) for t in scores]
    low = min(costs)
    return max(t for t, c in zip(scores, costs) if c <= low + 1e-12)


def paired_z(rows, current, cost_fn, cost_fp):
    best = best_threshold(rows, cost_fn, cost_fp)
    diff = np.array(post_costs(rows, current, cost_fn, cost_fp)) - np.array(post_costs(rows, best, cost_fn, cost_fp))
    sd = diff.std(ddof=1)
    return best, (diff.mean() / (sd / math.sqrt(len(diff))) if sd > 0 else 0.0)


def reference_recommend(rows, current, cost_fn=20.0, cost_fp=1.0):
    """(decision, z)."""
    best, z = paired_z(rows, current, cost_fn, cost_fp)
    if z < Z_CUT:
        return "keep", z
    return ("lower" if best < current else "raise"), z


# ----------------------------------------------------------------------------- data

def true_cost(threshold, cost_fn, cost_fp):
    logit = math.log(threshold / (1 - threshold))
    cost = 0.0
    for language, share in LANGUAGES.items():
        miss = NormalDist(MEANS[language, 1], SIGMA).cdf(logit)
        block = 1 - NormalDist(MEANS[language, 0], SIGMA).cdf(logit)
        cost += share * (BASE_RATE * cost_fn * miss + (1 - BASE_RATE) * cost_fp * block)
    return cost


def true_optimum(cost_fn, cost_fp):
    grid = [k / 10000 for k in range(1, 10000)]
    return round(min(grid, key=lambda t: true_cost(t, cost_fn, cost_fp)), 4)


def posts(rng, n, first=1, base_rate=BASE_RATE):
    rows = []
    for k in range(n):
        language = str(rng.choice(list(LANGUAGES), p=list(LANGUAGES.values())))
        harmful = int(rng.random() < base_rate)
        signal = rng.normal(MEANS[language, harmful], SIGMA)
        rows.append({"post_id": f"p{first + k:06d}", "language": language,
                     "score": round(1 / (1 + math.exp(-signal)), 4), "harmful": harmful})
    return rows


def clear(rng, expected, n, current, cost_fn, cost_fp, first):
    for _ in range(300):
        rows = posts(rng, n, first)
        decision, z = reference_recommend(rows, current, cost_fn, cost_fp)
        if decision == expected and (z < Z_CUT / 2 if expected == "keep" else z > 2 * Z_CUT):
            return rows
    raise AssertionError((expected, n, current, cost_fn, cost_fp, decision, z))


def write_rows(path, rows):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, ["post_id", "language", "score", "harmful"], lineterminator="\n")
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


def recommend_plan():
    """(expected, n, current, cost_fn, cost_fp) of each hidden sample."""
    at_20, at_5, at_50 = true_optimum(20.0, 1.0), true_optimum(5.0, 1.0), true_optimum(50.0, 1.0)
    news = true_optimum(1.0, 3.0)
    print("true optima", at_20, at_5, at_50, news)
    return [("keep", 5000, at_20, 20.0, 1.0), ("lower", 4000, 0.5, 20.0, 1.0),
            ("raise", 4000, round(1 / 21, 4), 20.0, 1.0), ("keep", 3000, at_5, 5.0, 1.0),
            ("raise", 6000, at_50, 5.0, 1.0), ("lower", 8000, at_5, 50.0, 1.0),
            ("keep", 800, at_20, 20.0, 1.0), ("raise", 5000, at_5, 1.0, 3.0), ("keep", 6000, news, 1.0, 3.0)]


def main():
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    sample = posts(rng, 6000)
    write_rows("data/moderation_sample.csv", sample)
    print("data: best", best_threshold(sample), "deployed 0.5", reference_recommend(sample, 0.5))

    tiny = [{"post_id": f"t{k}", "language": lang, "score": s, "harmful": y} for k, (lang, s, y) in enumerate(
        [("en", 0.9, 1), ("en", 0.2, 1), ("es", 0.6, 0), ("en", 0.05, 0), ("es", 0.4, 1), ("en", 0.4, 0),
         ("es", 0.75, 0), ("en", 0.3, 0)])]
    frames = [tiny, posts(rng, 700, 500001), posts(rng, 1500, 510001, base_rate=0.2)]
    confusion_cases, cost_cases, best_cases = [], [], []
    for index, rows in enumerate(frames, 1):
        write_rows(f"hidden/posts_{index}.csv", rows)
        arg = {"$csv": f"hidden/posts_{index}.csv"}
        for t in (0.5, 0.2, 0.4):
            confusion_cases.append({"args": [arg, t], "expected": confusion(rows, t)})
        for t, fn, fp in ((0.3, 20.0, 1.0), (0.4, 5.0, 2.0)):
            cost_cases.append({"args": [arg, t], "kwargs": {"cost_fn": fn, "cost_fp": fp},
                               "expected": expected_cost(rows, t, fn, fp)})
        for fn, fp in ((20.0, 1.0), (3.0, 1.0)):
            best_cases.append({"args": [arg], "kwargs": {"cost_fn": fn, "cost_fp": fp},
                               "expected": best_threshold(rows, fn, fp)})
    write_cases("confusion", confusion_cases)
    write_cases("expected_cost", cost_cases)
    write_cases("best_threshold", best_cases)

    cases = []
    for index, (expected, n, current, fn, fp) in enumerate(recommend_plan(), 1):
        rows = clear(rng, expected, n, current, fn, fp, first=600001 + 10000 * index)
        write_rows(f"hidden/sample_{index}.csv", rows)
        cases.append({"args": [{"$csv": f"hidden/sample_{index}.csv"}, current],
                      "kwargs": {"cost_fn": fn, "cost_fp": fp}, "expected": expected})
        print(index, expected, current, fn, fp, reference_recommend(rows, current, fn, fp), best_threshold(rows, fn, fp))
    write_cases("recommend", cases)


if __name__ == "__main__":
    main()
