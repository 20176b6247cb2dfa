"""Seeded generator of the churn data: a subscription business's customers and whether they left.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (numpy only).

Method.  6,000 customers are drawn independently with numpy's ``default_rng(SEED)``:

* ``contract`` (month-to-month 55%, one-year 25%, two-year 20%), ``internet_service`` (fiber 45%,
  dsl 40%, none 15%), ``payment_method`` (four methods), ``paperless_billing`` and ``has_partner`` (0/1);
* ``tenure_months`` ~ exponential(24) clipped to 1..72, longer on long contracts;
* ``monthly_charges`` = a base price per internet service + noise; ``age`` ~ normal(45, 14) in 18..85;
* ``support_calls`` ~ Poisson(1.3).

Churn is Bernoulli with a logistic probability whose logit is linear in tenure (negative), contract,
charges, fiber, electronic checks and partner, plus non-linear parts: a jump at three or more support
calls, a fiber x month-to-month interaction and a bump for new customers (tenure under 6 months).
Then 4% of ``monthly_charges`` and 6% of ``age`` are blanked (missing at random).  The first 4,000
customers are the training set (with ``churned``), the other 2,000 the test set, whose labels go to
hidden/labels.csv.  A model that knew the true probabilities would reach a test ROC-AUC of about
0.86 (printed when this script runs).
"""

import csv
from pathlib import Path

import numpy as np

SEED = 20261
N_TRAIN, N_TEST = 4000, 2000
HERE = Path(__file__).resolve().parent
COLUMNS = ["id", "tenure_months", "contract", "monthly_charges", "internet_service", "support_calls",
           "payment_method", "paperless_billing", "has_partner", "age"]


def customers(rng, n):
    contract = rng.choice(["month-to-month", "one-year", "two-year"], size=n, p=[0.55, 0.25, 0.2])
    internet = rng.choice(["fiber", "dsl", "none"], size=n, p=[0.45, 0.4, 0.15])
    payment = rng.choice(["electronic-check", "credit-card", "bank-transfer", "mailed-check"], size=n,
                         p=[0.35, 0.25, 0.25, 0.15])
    long_contract = contract != "month-to-month"
    tenure = np.clip(rng.exponential(24, n) + 12 * long_contract, 1, 72).astype(int)
    base = np.select([internet == "fiber", internet == "dsl"], [85.0, 60.0], 25.0)
    charges = np.round(base + rng.normal(0, 12, n), 2)
    age = np.clip(rng.normal(45, 14, n), 18, 85).round().astype(int)
    support = rng.poisson(1.3, n)
    paperless = (rng.random(n) < 0.6).astype(int)
    partner = (rng.random(n) < 0.45).astype(int)
    logit = (-1.2 - 0.04 * tenure + 1.3 * (contract == "month-to-month") - 0.6 * (contract == "two-year")
             + 0.025 * (charges - 65) + 0.4 * (internet == "fiber") + 0.25 * support + 1.0 * (support >= 3)
             + 0.6 * (payment == "electronic-check") - 0.35 * partner + 0.25 * paperless
             + 0.6 * ((internet == "fiber") & (contract == "month-to-month")) + 0.8 * (tenure < 6)
             - 0.01 * (age - 45))
    prob = 1 / (1 + np.exp(-logit))
    churned = (rng.random(n) < prob).astype(int)
    charges_out = charges.astype(object)
    charges_out[rng.random(n) < 0.04] = ""
    age_out = age.astype(object)
    age_out[rng.random(n) < 0.06] = ""
    rows = [[f"c{i:05d}", tenure[i], contract[i], charges_out[i], internet[i], support[i], payment[i],
             paperless[i], partner[i], age_out[i]] for i in range(n)]
    return rows, churned, prob


def write(path, header, records):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(records)


def auc(labels, scores):
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels.sum()
    return (ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * (len(labels) - positives))


def main():
    rng = np.random.default_rng(SEED)
    rows, churned, prob = customers(rng, N_TRAIN + N_TEST)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    write("data/train.csv", COLUMNS + ["churned"], [r + [c] for r, c in zip(rows[:N_TRAIN], churned[:N_TRAIN])])
    write("data/test.csv", COLUMNS, rows[N_TRAIN:])
    write("hidden/labels.csv", ["id", "label"], [(r[0], c) for r, c in zip(rows[N_TRAIN:], churned[N_TRAIN:])])
    print(f"churn rate {churned.mean():.3f}; oracle test ROC-AUC {auc(churned[N_TRAIN:], prob[N_TRAIN:]):.4f}")


if __name__ == "__main__":
    main()
