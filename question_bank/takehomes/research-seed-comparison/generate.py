"""Seeded generator of the seed-comparison task: runs of a baseline and a variant over seeds, and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (numpy, and scipy for the
t distribution's quantiles).  The expected probe values come from the reference functions below.

Method.  A research team trains a baseline recipe and a variant of it with several random seeds.  A run's
score is ``BASE + effect (variant runs only) + seed effect + noise``: the seed effect (the same for both
configurations trained with that seed: data order, initialisation) is large, the noise small, so the two
runs of one seed move together and a comparison must pair them by seed.  ``data/training_runs.csv`` is
one such experiment (ten seeds, a variant that helps by less than the seed spread).

``decide`` gets six hidden experiments, each built so that one answer is clearly right for an analyst who
pairs the runs by seed: ``reference_decide`` below is the rule the expected answers come from (the 95%
t-interval of the paired differences over the seeds both configurations share: above zero "variant is
better", below "variant is worse", else "no evidence"; with fewer than three shared seeds, Welch's
interval on the two groups).  Each experiment's noise is redrawn until its answer sits far from the
cut-offs (``MARGIN``), so the answers do not hinge on the level.  The experiments: a small gain hidden by
the seed spread (an unpaired comparison sees nothing; the script asserts it), a clear loss, no effect on
few seeds, runs with no seed in common (no effect), a small gain with some variant runs missing (crashed
seeds), and a variant whose mean is higher only because of one lucky seed (no evidence).
"""

import csv
import json
import math
from pathlib import Path

import numpy as np
from scipy import stats

SEED = 4242
HERE = Path(__file__).resolve().parent
BASE = 78.0
MARGIN = 1.6
"""Better / worse: |mean| at least MARGIN half-widths of the 95% interval; no evidence: at most 1 / MARGIN."""
CONFIGS = ("baseline", "variant")
MIN_PAIRS = 3
"""Fewer shared seeds than this: the reference compares the two groups with Welch's interval."""


# ----------------------------------------------------------------------------- reference implementation

def by_seed(rows, config):
    return {r["seed"]: r["score"] for r in rows if r["config"] == config}


def paired_differences(rows):
    base, var = by_seed(rows, "baseline"), by_seed(rows, "variant")
    return [var[s] - base[s] for s in sorted(set(base) & set(var))]


def paired_interval(rows, level=0.95):
    d = np.array(paired_differences(rows))
    half = stats.t.ppf(1 - (1 - level) / 2, len(d) - 1) * d.std(ddof=1) / math.sqrt(len(d))
    return [float(d.mean() - half), float(d.mean() + half)]


def welch_interval(rows, level=0.95):
    a = np.array([r["score"] for r in rows if r["config"] == "variant"])
    b = np.array([r["score"] for r in rows if r["config"] == "baseline"])
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    half = stats.t.ppf(1 - (1 - level) / 2, df) * math.sqrt(va + vb)
    return [float(a.mean() - b.mean() - half), float(a.mean() - b.mean() + half)]


def reference_decide(rows):
    """(decision, margin): the paired interval when at least MIN_PAIRS seeds are shared, else Welch's."""
    low, high = paired_interval(rows) if len(paired_differences(rows)) >= MIN_PAIRS else welch_interval(rows)
    mean, half = (low + high) / 2, (high - low) / 2
    if low > 0:
        return "variant is better", mean / half
    if high < 0:
        return "variant is worse", -mean / half
    return "no evidence", half / max(abs(mean), 1e-12)


# ----------------------------------------------------------------------------- data

def experiment(rng, effect, seeds, seed_sd=1.5, noise_sd=0.2, shared=True, missing=0, lucky=0.0):
    """Runs of both configurations; ``missing`` variant seeds crashed; ``lucky``: one seed's variant gain."""
    rows = []
    seed_ids = [int(s) for s in rng.choice(np.arange(1, 1000), size=2 * seeds, replace=False)]
    seed_effect = {s: rng.normal(0, seed_sd) for s in seed_ids}
    for k, config in enumerate(CONFIGS):
        chosen = seed_ids[:seeds] if shared or k == 0 else seed_ids[seeds:]
        if config == "variant" and missing:
            chosen = chosen[:-missing]
        for i, s in enumerate(chosen):
            gain = (effect + (lucky if i == 0 else 0.0)) if config == "variant" else 0.0
            score = BASE + gain + seed_effect[s] + rng.normal(0, noise_sd)
            rows.append({"config": config, "seed": s, "score": round(float(score), 2)})
    order = rng.permutation(len(rows))
    rows = [rows[int(i)] for i in order]
    return [{"run_id": f"r{k:03d}", **row} for k, row in enumerate(rows, 1)]


def clear_experiment(rng, expected, **kwargs):
    while True:
        rows = experiment(rng, **kwargs)
        decision, margin = reference_decide(rows)
        if decision == expected and margin > MARGIN:
            return rows


def unpaired_sees_nothing(rows):
    low, high = welch_interval(rows)
    return low < 0 < high


def write_rows(path, rows):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, ["run_id", "config", "seed", "score"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def yaml_flow(value):
    """A flow-style YAML text of ``value`` that PyYAML's YAML 1.1 resolver reads back exactly."""
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


EXPERIMENTS = [  # (expected decision, experiment arguments)
    ("variant is better", dict(effect=0.5, seeds=8)),
    ("variant is worse", dict(effect=-0.9, seeds=6)),
    ("no evidence", dict(effect=0.0, seeds=4)),
    ("no evidence", dict(effect=0.0, seeds=6, shared=False, seed_sd=0.5)),
    ("variant is better", dict(effect=0.6, seeds=10, missing=3)),
    ("no evidence", dict(effect=0.0, seeds=8, lucky=6.0)),
]


def main():
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    while True:
        rows = clear_experiment(rng, "variant is better", effect=0.4, seeds=10)
        if unpaired_sees_nothing(rows):
            break
    write_rows("data/training_runs.csv", rows)
    print("data: mean paired difference", np.mean(paired_differences(rows)), "interval", paired_interval(rows))

    files = []
    for index, (expected, arguments) in enumerate(EXPERIMENTS, 1):
        while True:
            rows = clear_experiment(rng, expected, **arguments)
            if index != 1 or unpaired_sees_nothing(rows):
                break
        write_rows(f"hidden/experiment_{index}.csv", rows)
        files.append((f"hidden/experiment_{index}.csv", rows, expected))
    paired = [(path, rows) for path, rows, _ in files if len(paired_differences(rows)) >= MIN_PAIRS]
    write_cases("paired_differences", [{"args": [{"$csv": p}], "expected": paired_differences(r)} for p, r in paired])
    interval_cases = [{"args": [{"$csv": p}], "expected": paired_interval(r)} for p, r in paired]
    interval_cases.append({"args": [{"$csv": paired[0][0]}], "kwargs": {"level": 0.9},
                           "expected": paired_interval(paired[0][1], 0.9)})
    write_cases("paired_interval", interval_cases)
    write_cases("decide", [{"args": [{"$csv": p}], "expected": e} for p, _, e in files])
    for path, rows, expected in files:
        print(path, expected, "welch", welch_interval(rows))


if __name__ == "__main__":
    main()
