"""Seeded generator of the churn data: a subscription business's customers and whether they left.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (numpy only).

Method.  6,000 customers are drawn independently with numpy's ``default_rng(SEED)``:

* ``contract`` (month-to-month 55%, one-year 25%, two-year 20%), ``internet_service`` (fiber 45%,
  dsl 40%, none 15%), ``payment_method`` (four methods), ``paperless_billing`` and ``has_partner`` (0/1);
* ``tenure_months`` ~ exponential(24) clipped to 1..72, longer on long contracts;
* ``monthly_charges`` = a base price per internet service + noise; ``age`` ~ normal(45, 14) in 18..85;
* ``support_calls_by_month``: support calls in each of the last six months (oldest first, joined by
  ``;``), Poisson(0.4) a month, with a rising rate in the last two months for a third of customers;
* ``total_charges``: everything billed so far: ``tenure_months`` months at the old price, except that
  about 30% of customers had a price rise of 5 to 30 in their last month (``monthly_charges`` is the new
  price), plus a little noise.

Churn is Bernoulli with a logistic probability whose logit is linear in tenure (negative), contract,
charges, fiber, electronic checks and partner, plus parts a default model on the raw columns barely
sees: the latest price rise (``monthly_charges - total_charges / tenure_months``, roughly), the calls
of the last month and the rise of calls (last two months against the first two), a fiber x
month-to-month interaction and a bump for new customers (tenure under 6 months).
Then 4% of ``monthly_charges`` and 6% of ``age`` are blanked (missing at random).  The first 4,000
customers are the training set (with ``churned``), the other 2,000 the test set, whose labels go to
hidden/labels.csv.  The oracle ROC-AUC of the true probabilities is printed when this script runs;
``python -m grader.takehome.baselines`` prints what default models reach.
"""

import csv
from pathlib import Path

import numpy as np

SEED = 20261
N_TRAIN, N_TEST = 4000, 2000
HERE = Path(__file__).resolve().parent
COLUMNS = ["id", "tenure_months", "contract", "monthly_charges", "total_charges", "internet_service",
           "support_calls_by_month", "payment_method", "paperless_billing", "has_partner", "age"]


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
    rising = rng.random(n) < 0.33
    rates = np.column_stack([np.full(n, 0.4)] * 4 + [0.4 + 0.8 * rising, 0.4 + 1.6 * rising])
    calls = rng.poisson(rates)
    hike = np.where(rng.random(n) < 0.3, rng.uniform(5, 30, n), 0.0)
    total = np.round((charges - hike) * (tenure - 1) + charges + rng.normal(0, 3, n), 2).clip(min=1)
    paperless = (rng.random(n) < 0.6).astype(int)
    partner = (rng.random(n) < 0.45).astype(int)
    recent, rise = calls[:, 5], calls[:, 4:].sum(axis=1) - calls[:, :2].sum(axis=1)
    logit = (-2.5 - 0.035 * tenure + 1.1 * (contract == "month-to-month") - 0.6 * (contract == "two-year")
             + 0.015 * (charges - 65) + 0.3 * (internet == "fiber") + 0.13 * hike + 0.55 * recent
             + 0.35 * rise + 0.5 * (payment == "electronic-check") - 0.3 * partner + 0.2 * paperless
             + 0.6 * ((internet == "fiber") & (contract == "month-to-month")) + 0.8 * (tenure < 6)
             - 0.01 * (age - 45))
    prob = 1 / (1 + np.exp(-logit))
    churned = (rng.random(n) < prob).astype(int)
    charges_out = charges.astype(object)
    charges_out[rng.random(n) < 0.04] = ""
    age_out = age.astype(object)
    age_out[rng.random(n) < 0.06] = ""
    history = [";".join(str(c) for c in row) for row in calls]
    rows = [[f"c{i:05d}", tenure[i], contract[i], charges_out[i], total[i], internet[i], history[i], payment[i],
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
