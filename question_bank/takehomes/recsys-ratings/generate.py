"""Seeded generator of the movie-rating data: who rated what, on a 1-5 star scale.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (numpy only).

Method.  A low-rank model with biases, drawn with numpy's ``default_rng(SEED)``:

* 500 users and 300 items; each user has a bias ``b_u ~ N(0, 0.35)`` and a taste vector ``p_u`` of
  ``RANK = 4`` factors ``~ N(0, 0.65)``; each item a bias ``b_i ~ N(0, 0.45)`` and factors ``q_i ~ N(0, 0.65)``;
* a user's activity is lognormal (10 to 120 ratings) and the items they rate are drawn without
  replacement with Zipf-like popularity weights, so popular items have many ratings and the tail few;
* a rating is ``3.6 + b_u + b_i + p_u . q_i + N(0, 0.45)``, rounded and clipped to 1..5 stars.

Then 15% of each user's ratings (at least one) are held out as the test set, keeping only pairs whose
item still has a training rating; their stars go to hidden/labels.csv.  The script prints the test RMSE
of the global mean, of the bias-only baseline (global mean + user and item offsets) and of the
noise-free model, to place the score bands.
"""

import csv
from pathlib import Path

import numpy as np

SEED = 5150
N_USERS, N_ITEMS, RANK = 500, 300, 4
HERE = Path(__file__).resolve().parent


def write(path, header, records):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(records)


def bias_baseline(train, test, reg=5.0):
    users, items, stars = train.T
    mu = stars.mean()
    b_i = np.zeros(N_ITEMS)
    b_u = np.zeros(N_USERS)
    for _ in range(10):
        b_i = np.bincount(items, stars - mu - b_u[users], N_ITEMS) / (np.bincount(items, None, N_ITEMS) + reg)
        b_u = np.bincount(users, stars - mu - b_i[items], N_USERS) / (np.bincount(users, None, N_USERS) + reg)
    return mu + b_u[test[:, 0]] + b_i[test[:, 1]]


def main():
    rng = np.random.default_rng(SEED)
    b_u = rng.normal(0, 0.35, N_USERS)
    b_i = rng.normal(0, 0.45, N_ITEMS)
    p = rng.normal(0, 0.65, (N_USERS, RANK))
    q = rng.normal(0, 0.65, (N_ITEMS, RANK))
    popularity = 1 / np.arange(1, N_ITEMS + 1) ** 0.8
    popularity = popularity[rng.permutation(N_ITEMS)]
    popularity /= popularity.sum()
    records = []
    for user in range(N_USERS):
        count = int(np.clip(rng.lognormal(np.log(30), 0.6), 10, 120))
        items = rng.choice(N_ITEMS, size=count, replace=False, p=popularity)
        mean = 3.6 + b_u[user] + b_i[items] + q[items] @ p[user]
        stars = np.clip(np.round(mean + rng.normal(0, 0.45, count)), 1, 5).astype(int)
        test = np.zeros(count, bool)
        test[rng.choice(count, size=max(1, round(0.15 * count)), replace=False)] = True
        records += [(user, item, star, is_test, m) for item, star, is_test, m in zip(items, stars, test, mean)]
    train = np.array([(u, i, s) for u, i, s, t, _ in records if not t])
    rated = set(train[:, 1])
    test_records = [(u, i, s, m) for u, i, s, t, m in records if t and i in rated]
    test = np.array([(u, i, s) for u, i, s, _ in test_records])
    order = rng.permutation(len(train))
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    write("data/train.csv", ["user_id", "item_id", "rating"],
          [(f"u{u:03d}", f"m{i:03d}", s) for u, i, s in train[order]])
    ids = [f"r{k:05d}" for k in range(len(test))]
    write("data/test.csv", ["id", "user_id", "item_id"], [(k, f"u{u:03d}", f"m{i:03d}") for k, (u, i, _) in zip(ids, test)])
    write("hidden/labels.csv", ["id", "label"], [(k, s) for k, (_, _, s) in zip(ids, test)])
    truth = test[:, 2]
    rmse = lambda pred: np.sqrt(np.mean((pred - truth) ** 2))
    oracle = np.clip(np.array([m for *_, m in test_records]), 1, 5)
    print(f"{len(train)} training and {len(test)} test ratings")
    print(f"test RMSE: global mean {rmse(train[:, 2].mean()):.4f}, biases {rmse(bias_baseline(train, test)):.4f}, "
          f"noise-free model {rmse(oracle):.4f}")


if __name__ == "__main__":
    main()
