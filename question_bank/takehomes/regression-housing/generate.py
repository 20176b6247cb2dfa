"""Seeded generator of the housing data: sale prices of homes in one city.

Run `python generate.py` in this folder to rewrite data/ and hidden/ identically (numpy only).

Method.  5,000 homes are drawn independently with numpy's ``default_rng(SEED)``:

* ``neighbourhood``: one of eight, each with its own price level and distance band to the centre;
* ``distance_km`` to the centre (the neighbourhood's band plus noise), ``area_sqm`` ~ lognormal around
  85 m2, ``bedrooms`` from the area, ``year_built`` in 1900..2023, ``floor`` 0..12 for flats,
  ``property_type`` (flat / terraced / detached), ``has_garden`` and ``energy_rating`` (A..G).

The sale price in thousands is ``exp(log_price)`` where ``log_price`` sums the neighbourhood level, a
concave effect of the area (log area), a decaying effect of distance, a U-shaped effect of the build
year (old houses and new builds are dearer than 1960s-80s ones), the type, the garden (worth more far
from the centre: an interaction), the energy rating, a small premium for high floors, and Gaussian
noise (sd 0.10).  2% of ``year_built`` and 3% of ``energy_rating`` are blanked.  The first 3,500 homes are
the training set (with ``price_k``), the other 1,500 the test set, whose prices go to hidden/labels.csv.
The script prints the RMSE of the noise-free price on the test set (the best reachable) and of the
training mean (the constant baseline).
"""

import csv
from pathlib import Path

import numpy as np

SEED = 4242
N_TRAIN, N_TEST = 3500, 1500
HERE = Path(__file__).resolve().parent
NEIGHBOURHOODS = {  # name: (log price level, typical distance to the centre in km)
    "old-town": (0.55, 1.0), "riverside": (0.45, 2.5), "university": (0.25, 3.0), "harbour": (0.15, 4.0),
    "parkview": (0.30, 6.0), "northgate": (0.0, 7.0), "millfield": (-0.15, 9.0), "eastmoor": (-0.25, 12.0)}
RATINGS = "ABCDEFG"
COLUMNS = ["id", "neighbourhood", "distance_km", "property_type", "area_sqm", "bedrooms", "year_built", "floor",
           "has_garden", "energy_rating"]


def homes(rng, n):
    names = np.array(list(NEIGHBOURHOODS))
    hood = rng.choice(names, size=n)
    level = np.array([NEIGHBOURHOODS[h][0] for h in hood])
    distance = np.round(np.clip(np.array([NEIGHBOURHOODS[h][1] for h in hood]) * rng.lognormal(0, 0.25, n), 0.2, 30), 2)
    kind = rng.choice(["flat", "terraced", "detached"], size=n, p=[0.45, 0.35, 0.2])
    area = np.round(rng.lognormal(np.log(85), 0.35, n) * np.select([kind == "flat", kind == "detached"], [0.8, 1.4], 1.0))
    bedrooms = np.clip(np.round(area / 28 + rng.normal(0, 0.6, n)), 1, 7).astype(int)
    year = rng.integers(1900, 2024, n)
    floor = np.where(kind == "flat", rng.integers(0, 13, n), 0)
    garden = np.where(kind == "flat", rng.random(n) < 0.1, rng.random(n) < 0.8).astype(int)
    rating_index = np.clip(np.round((2024 - year) / 25 + rng.normal(0, 1.0, n)), 0, 6).astype(int)
    log_price = (5.2 + level + 0.9 * np.log(area / 85) - 0.35 * np.log1p(distance)
                 + 0.12 * ((year - 1970) / 40) ** 2 + np.select([kind == "detached", kind == "terraced"], [0.15, 0.05], 0)
                 + garden * (0.03 + 0.015 * distance) - 0.04 * rating_index + 0.01 * floor)
    price_true = np.exp(log_price)
    price = np.round(np.exp(log_price + rng.normal(0, 0.10, n)), 1)
    year_out = year.astype(object)
    year_out[rng.random(n) < 0.02] = ""
    rating_out = np.array([RATINGS[i] for i in rating_index], dtype=object)
    rating_out[rng.random(n) < 0.03] = ""
    rows = [[f"h{i:05d}", hood[i], distance[i], kind[i], int(area[i]), bedrooms[i], year_out[i], floor[i], garden[i],
             rating_out[i]] for i in range(n)]
    return rows, price, price_true


def write(path, header, records):
    with open(HERE / path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(records)


def main():
    rng = np.random.default_rng(SEED)
    rows, price, price_true = homes(rng, N_TRAIN + N_TEST)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "hidden").mkdir(exist_ok=True)
    write("data/train.csv", COLUMNS + ["price_k"], [r + [p] for r, p in zip(rows[:N_TRAIN], price[:N_TRAIN])])
    write("data/test.csv", COLUMNS, rows[N_TRAIN:])
    write("hidden/labels.csv", ["id", "label"], [(r[0], p) for r, p in zip(rows[N_TRAIN:], price[N_TRAIN:])])
    test = price[N_TRAIN:]
    print(f"test price mean {test.mean():.1f}, sd {test.std():.1f}")
    print(f"oracle RMSE {np.sqrt(np.mean((price_true[N_TRAIN:] - test) ** 2)):.2f}; "
          f"constant RMSE {np.sqrt(np.mean((price[:N_TRAIN].mean() - test) ** 2)):.2f}")


if __name__ == "__main__":
    main()
