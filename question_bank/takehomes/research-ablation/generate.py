"""Seeded generator of the ablation task: runs of a factorial ablation study and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only).  The expected probe values come from the reference functions below.

Method.  An ablation study switches K components of a training recipe on and off (a full 2^K factorial
design), and trains each configuration with the same S random seeds.  A run's score is
``BASE + sum of the effects of the components switched on + seed effect + noise``: the seed effect (the
same for every configuration trained with that seed: data order, initialisation) is large, the noise
small, so the runs of one seed move together and a comparison must pair them.  Some components help a
little (an effect well below the seed spread, invisible to an unpaired comparison of means), some help
or hurt a lot, some do nothing.  ``data/ablation_runs.csv`` is one study (three components, five seeds).

``verdict`` gets six hidden studies, each built so that every component's answer is clearly right for
an analyst who pairs runs that differ only in that component (same seed, same other components):
``reference_verdict`` below is the rule the expected answers come from (a 95% t-interval of the paired
differences: above zero "helps", below "hurts", else "no evidence"; with no seed shared between
configurations, Welch's interval on the two groups).  Each study's noise is redrawn until every
component sits far from the cut-offs (``MARGIN``), so the answers do not hinge on the level.  One study
has no shared seeds, one has four components, one has two.
"""

import csv
import itertools
import json
import math
from pathlib import Path
from statistics import NormalDist

import numpy as np

SEED = 3131
HERE = Path(__file__).resolve().parent
BASE = 71.0
MARGIN = 1.6
"""Helps / hurts: |mean| at least MARGIN half-widths; no evidence: |mean| at most 1 / MARGIN half-widths... of the 95% interval."""


# ----------------------------------------------------------------------------- reference implementation

def t_quantile(p, df):
    """The t distribution's quantile by bisection on its CDF (standard library only)."""
    def cdf(t):
        x = df / (df + t * t)
        # regularised incomplete beta by numerical integration (Simpson), fine for df >= 2
        a, b = df / 2, 0.5
        n = 2000
        h = x / n
        f = lambda u: u ** (a - 1) * (1 - u) ** (b - 1) if u > 0 else 0.0
        s = f(0) + f(x) + sum((4 if k % 2 else 2) * f(k * h) for k in range(1, n))
        ib = s * h / 3 / math.exp(math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))
        return 1 - 0.5 * ib if t > 0 else 0.5 * ib
    low, high = 0.0, 50.0
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if cdf(mid) < p else (low, mid)
    return (low + high) / 2


def factors_of(rows):
    return [k for k in rows[0] if k not in ("run_id", "seed", "score")]


def main_effects(rows):
    out = {}
    for f in factors_of(rows):
        on = [r["score"] for r in rows if r[f] == 1]
        off = [r["score"] for r in rows if r[f] == 0]
        out[f] = sum(on) / len(on) - sum(off) / len(off)
    return out


def interval(rows, f, level=0.95):
    """(mean, half-width): paired by seed and the other components when seeds are shared, else Welch."""
    others = [g for g in factors_of(rows) if g != f]
    key = lambda r: (r["seed"], *(r[g] for g in others))
    on = {key(r): r["score"] for r in rows if r[f] == 1}
    off = {key(r): r["score"] for r in rows if r[f] == 0}
    shared = sorted(set(on) & set(off))
    if len(shared) >= 3:
        d = np.array([on[k] - off[k] for k in shared])
        return d.mean(), t_quantile(1 - (1 - level) / 2, len(d) - 1) * d.std(ddof=1) / math.sqrt(len(d))
    a, b = np.array(list(on.values())), np.array(list(off.values()))
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    return a.mean() - b.mean(), t_quantile(1 - (1 - level) / 2, df) * math.sqrt(va + vb)


def reference_verdict(rows):
    out, margins = {}, []
    for f in factors_of(rows):
        mean, half = interval(rows, f)
        out[f] = "helps" if mean - half > 0 else "hurts" if mean + half < 0 else "no evidence"
        margins.append(abs(mean) / half if out[f] != "no evidence" else half / max(abs(mean), 1e-12))
    return out, min(margins)


# ----------------------------------------------------------------------------- data

def study(rng, effects, seeds, seed_sd=2.0, noise_sd=0.25, shared_seeds=True, first_run=1):
    names = list(effects)
    rows = []
    seed_ids = list(range(seeds))
    seed_effect = {s: rng.normal(0, seed_sd) for s in range(seeds * 2 ** len(names))}
    run = first_run
    for k, config in enumerate(itertools.product([0, 1], repeat=len(names))):
        for s in seed_ids:
            seed = s if shared_seeds else k * seeds + s
            score = BASE + sum(e * on for e, on in zip(effects.values(), config)) + seed_effect[seed] + rng.normal(0, noise_sd)
            rows.append({"run_id": f"r{run:04d}", **dict(zip(names, config)), "seed": 1000 + seed,
                         "score": round(float(score), 3)})
            run += 1
    order = rng.permutation(len(rows))
    return [rows[int(i)] for i in order]


def clear_study(rng, effects, seeds, **kwargs):
    while True:
        rows = study(rng, effects, seeds, **kwargs)
        verdict, margin = reference_verdict(rows)
        expected = {f: "helps" if e > 0 else "hurts" if e < 0 else "no evidence" for f, e in effects.items()}
        if verdict == expected and margin > MARGIN:
            return rows, verdict


def write_rows(path, rows):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


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


STUDIES = [  # (effects, seeds, options)
    ({"mixup": 0.5, "dropout": 0.0, "ema": 1.2}, 5, {}),
    ({"warmup": -0.6, "cosine_schedule": 0.45, "label_smoothing": 0.0, "random_crop": 1.5}, 4, {}),
    ({"pretraining": 3.0, "weight_decay": 0.0}, 6, {}),
    ({"augment": 1.6, "bigger_batch": -1.8, "grad_clip": 0.0}, 6, {"shared_seeds": False, "seed_sd": 0.4}),
    ({"adapter": 0.0, "lora": 0.0, "prompt_tuning": -0.5}, 5, {}),
    ({"distillation": 0.4, "curriculum": 0.35, "tokenizer_v2": -0.4}, 5, {}),
]


def main():
    rng = np.random.default_rng(SEED)
    assert abs(t_quantile(0.975, 4) - 2.7764451) < 1e-4 and abs(t_quantile(0.975, 30) - 2.0422725) < 1e-4
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    rows, verdict = clear_study(rng, {"augmentation": 0.45, "label_smoothing": 0.0, "warmup": 1.1}, 5)
    write_rows("data/ablation_runs.csv", rows)
    print("data", verdict)
    effect_cases, verdict_cases = [], []
    for index, (effects, seeds, options) in enumerate(STUDIES, 1):
        rows, verdict = clear_study(rng, effects, seeds, **options)
        write_rows(f"hidden/study_{index}.csv", rows)
        effect_cases.append({"args": [{"$csv": f"hidden/study_{index}.csv"}], "expected": main_effects(rows)})
        verdict_cases.append({"args": [{"$csv": f"hidden/study_{index}.csv"}], "expected": verdict})
        print(index, verdict)
    write_cases("main_effects", effect_cases)
    write_cases("verdict", verdict_cases)


if __name__ == "__main__":
    main()
