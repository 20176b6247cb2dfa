"""Seeded generator of the A/B-test task: a checkout experiment's session log and the probe cases.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (standard library and
numpy only).  The expected probe values are computed by the reference functions below, with the normal
distribution of the standard library (``statistics.NormalDist``).

Method.  Users are assigned to ``control`` or ``treatment`` with probability 1/2 (numpy's
``default_rng(SEED)``).  A user converts with probability ``P_CONTROL`` or ``P_TREATMENT``; each user has
1 + Poisson(0.8) sessions at random times during the 14 days of the test; a converting user has one
converted session, and with probability 0.25 a second one (a repeat purchase), so a session-level rate
(diluted by non-buying sessions) or a count of purchases differs from the per-user conversion rate.  About 1% of users get extra sessions logged under the other group
(an assignment bug); the rules exclude them.  Rows are sorted by time.  ``data/experiment_log.csv`` is
one such experiment (12,000 users); the hidden logs for ``conversion_summary`` are a hand-written one and
two smaller generated ones, and the numeric probes get hand-picked and random inputs.

The ``decide`` probe gets five more logs (drawn with ``default_rng(SEED + 1)``, so the files above do not
change), each built so that one decision is clearly right for an analyst who takes the user as the unit:
a clear win, a clear loss, a small test that cannot tell (its interval straddles zero widely), a split of
58/42 (a sample-ratio mismatch: fix the experiment), and a win whose treatment users also browse more
(extra sessions without purchases), so a session-level rate shows no gain.  ``decide`` below is the rule
the expected answers come from, and the script asserts that each case is far from its cut-offs.
"""

import csv
import datetime as dt
import json
import math
from pathlib import Path
from statistics import NormalDist

import numpy as np

SEED = 777
HERE = Path(__file__).resolve().parent
P_CONTROL, P_TREATMENT = 0.100, 0.115
START = dt.datetime(2026, 3, 2)
GROUPS = ("control", "treatment")
NORMAL = NormalDist()


# ----------------------------------------------------------------------------- reference implementation

def conversion_summary(rows):
    groups, converted = {}, {}
    for row in rows:
        groups.setdefault(row["user_id"], set()).add(row["group"])
        converted[row["user_id"]] = converted.get(row["user_id"], False) or int(row["converted"]) == 1
    out = {}
    for group in GROUPS:
        users = [u for u, g in groups.items() if g == {group}]
        conversions = sum(converted[u] for u in users)
        out[group] = {"users": len(users), "conversions": conversions, "rate": conversions / len(users)}
    return out


def z_test(n_control, conv_control, n_treatment, conv_treatment):
    p_c, p_t = conv_control / n_control, conv_treatment / n_treatment
    pooled = (conv_control + conv_treatment) / (n_control + n_treatment)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_control + 1 / n_treatment))
    z = (p_t - p_c) / se
    return [z, 2 * (1 - NORMAL.cdf(abs(z)))]


def confidence_interval(n_control, conv_control, n_treatment, conv_treatment, level=0.95):
    p_c, p_t = conv_control / n_control, conv_treatment / n_treatment
    se = math.sqrt(p_c * (1 - p_c) / n_control + p_t * (1 - p_t) / n_treatment)
    half = NORMAL.inv_cdf(1 - (1 - level) / 2) * se
    return [p_t - p_c - half, p_t - p_c + half]


def sample_size_exact(baseline_rate, min_detectable_effect, alpha=0.05, power=0.8):
    p1, p2 = baseline_rate, baseline_rate + min_detectable_effect
    z = NORMAL.inv_cdf(1 - alpha / 2) + NORMAL.inv_cdf(power)
    return z ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / min_detectable_effect ** 2


def sample_size(baseline_rate, min_detectable_effect, alpha=0.05, power=0.8):
    return math.ceil(sample_size_exact(baseline_rate, min_detectable_effect, alpha, power))


# ----------------------------------------------------------------------------- logs

SRM_ALPHA = 0.001
"""A split of users this unlikely under 50/50 (two-sided) means the assignment is broken."""


def decide(rows, level=0.95):
    """The decision the ``decide`` cases expect: broken split, then the interval of the user-level lift."""
    summary = conversion_summary(rows)
    c, t = summary["control"], summary["treatment"]
    n = c["users"] + t["users"]
    srm_z = (t["users"] - n / 2) / math.sqrt(n / 4)
    if 2 * (1 - NORMAL.cdf(abs(srm_z))) < SRM_ALPHA:
        return "fix the experiment", abs(srm_z)
    low, high = confidence_interval(c["users"], c["conversions"], t["users"], t["conversions"], level)
    if low > 0:
        return "ship", low / (high - low)
    if high < 0:
        return "do not ship", -high / (high - low)
    return "keep testing", min(-low, high) / (high - low)


def experiment(rng, n_users, first_user=1, p_control=P_CONTROL, p_treatment=P_TREATMENT, share=0.5,
               browse=0.0):
    """A session log; ``share`` of users in treatment, whose users have Poisson(``browse``) extra sessions."""
    rows = []
    for k in range(n_users):
        user = f"u{first_user + k:06d}"
        group = GROUPS[int(rng.random() < share)]
        converts = rng.random() < (p_treatment if group == "treatment" else p_control)
        sessions = 1 + int(rng.poisson(0.8 + (browse if group == "treatment" else 0.0)))
        flags = [0] * sessions
        if converts:
            flags[int(rng.integers(sessions))] = 1
            if sessions > 1 and rng.random() < 0.25:
                flags[int(rng.integers(sessions))] = 1
        groups = [group] * sessions
        if rng.random() < 0.01:
            groups.append(GROUPS[1 - GROUPS.index(group)])
            flags.append(int(rng.random() < 0.2))
        for g, flag in zip(groups, flags):
            when = START + dt.timedelta(seconds=int(rng.integers(0, 14 * 86400)))
            rows.append({"user_id": user, "group": g, "session_start": when.strftime("%Y-%m-%d %H:%M:%S"),
                         "converted": flag})
    rows.sort(key=lambda r: (r["session_start"], r["user_id"]))
    for index, row in enumerate(rows, 1):
        row["session_id"] = f"s{index:07d}"
    return rows


COLUMNS = ["session_id", "user_id", "group", "session_start", "converted"]
HANDMADE = [  # a: converts twice (counted once); b: never; c: in both groups (excluded); d, e: treatment
    ("a", "control", 1), ("a", "control", 1), ("b", "control", 0), ("c", "control", 1), ("c", "treatment", 0),
    ("d", "treatment", 0), ("d", "treatment", 1), ("e", "treatment", 0), ("f", "control", 0), ("f", "control", 0)]


def write_log(path, rows):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n", extrasaction="ignore")
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


def main():
    rng = np.random.default_rng(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    main_log = experiment(rng, 12000)
    write_log("data/experiment_log.csv", main_log)

    handmade = [{"session_id": f"s{k:03d}", "user_id": u, "group": g,
                 "session_start": f"2026-03-02 10:{k:02d}:00", "converted": c} for k, (u, g, c) in enumerate(HANDMADE, 1)]
    logs = [handmade, experiment(rng, 400, 500000, 0.2, 0.3), experiment(rng, 2500, 600000, 0.05, 0.05)]
    summary_cases = []
    for index, log in enumerate(logs, 1):
        write_log(f"hidden/log_{index}.csv", log)
        summary_cases.append({"args": [{"$csv": f"hidden/log_{index}.csv"}], "expected": conversion_summary(log)})
    write_cases("conversion_summary", summary_cases)

    summary = conversion_summary(main_log)
    counts = [summary["control"]["users"], summary["control"]["conversions"],
              summary["treatment"]["users"], summary["treatment"]["conversions"]]
    inputs = [counts, [1000, 100, 1000, 100], [5000, 600, 5200, 540], [250, 20, 240, 35], [80000, 2400, 80000, 2520]]
    for _ in range(3):
        n_c, n_t = int(rng.integers(200, 20000)), int(rng.integers(200, 20000))
        inputs.append([n_c, int(rng.binomial(n_c, 0.12)), n_t, int(rng.binomial(n_t, 0.13))])
    write_cases("z_test", [{"args": args, "expected": z_test(*args)} for args in inputs])
    interval_cases = [{"args": args, "expected": confidence_interval(*args)} for args in inputs[:6]]
    interval_cases += [{"args": inputs[0], "kwargs": {"level": 0.9}, "expected": confidence_interval(*inputs[0], level=0.9)},
                       {"args": inputs[2], "kwargs": {"level": 0.99}, "expected": confidence_interval(*inputs[2], level=0.99)}]
    write_cases("confidence_interval", interval_cases)

    size_inputs = [([0.1, 0.015], {}), ([0.1, 0.01], {}), ([0.05, 0.005], {}), ([0.3, -0.03], {}),
                   ([0.2, 0.02], {"alpha": 0.01}), ([0.12, 0.02], {"power": 0.9}), ([0.5, 0.05], {"alpha": 0.1, "power": 0.95})]
    for args, kwargs in size_inputs:
        exact = sample_size_exact(*args, **kwargs)
        assert abs(exact - round(exact)) > 1e-6, (args, kwargs, exact)  # no rounding knife-edge
    write_cases("sample_size", [{"args": a, "kwargs": k, "expected": sample_size(*a, **k)} if k else
                                {"args": a, "expected": sample_size(*a)} for a, k in size_inputs])
    write_decide_cases()
    print(f"{len(main_log)} sessions; summary {summary}")
    print("z test", z_test(*counts), "95% CI", confidence_interval(*counts))


DECIDE_LOGS = [  # (expected decision, experiment arguments)
    ("ship", dict(n_users=8000, p_control=0.10, p_treatment=0.135)),
    ("do not ship", dict(n_users=8000, p_control=0.12, p_treatment=0.085)),
    ("keep testing", dict(n_users=900, p_control=0.10, p_treatment=0.10)),
    ("fix the experiment", dict(n_users=6000, p_control=0.10, p_treatment=0.12, share=0.58)),
    ("ship", dict(n_users=8000, p_control=0.10, p_treatment=0.135, browse=1.5)),
]
MIN_MARGIN = 0.15
"""Each decide case must sit this far (in interval widths, or z for the split) from its rule's cut-off."""


def write_decide_cases():
    rng = np.random.default_rng(SEED + 1)
    cases = []
    for index, (expected, arguments) in enumerate(DECIDE_LOGS, 1):
        log = experiment(rng, first_user=700000 + 100000 * index, **arguments)
        decision, margin = decide(log)
        assert decision == expected and margin > MIN_MARGIN, (index, decision, margin)
        write_log(f"hidden/decide_{index}.csv", log)
        cases.append({"args": [{"$csv": f"hidden/decide_{index}.csv"}], "expected": expected})
    write_cases("decide", cases)


if __name__ == "__main__":
    main()
