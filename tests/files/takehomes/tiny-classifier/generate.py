"""Seeded generator of this fixture's data: two informative features, a logistic label.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically.
"""

import csv
import math
import random

SEED = 7
N_TRAIN, N_TEST = 160, 80


def rows(rng, n, start):
    for i in range(n):
        x1, x2 = rng.gauss(0, 1), rng.gauss(0, 1)
        p = 1 / (1 + math.exp(-(2.5 * x1 - 1.5 * x2)))
        yield f"r{start + i}", round(x1, 4), round(x2, 4), int(rng.random() < p)


def write(path, header, records):
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(records)


def main():
    rng = random.Random(SEED)
    train = list(rows(rng, N_TRAIN, 0))
    test = list(rows(rng, N_TEST, N_TRAIN))
    write("data/train.csv", ["id", "x1", "x2", "label"], train)
    write("data/test.csv", ["id", "x1", "x2"], [r[:3] for r in test])
    write("hidden/labels.csv", ["id", "label"], [(r[0], r[3]) for r in test])
    write("hidden/messy.csv", ["price"], [["1.5"], [""], ["3"], ["n/a"], ["2"]])
    write("hidden/messy_clean.csv", ["price"], [[1.5], [3.0], [2.0]])


if __name__ == "__main__":
    main()
