"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/welford.cpp).
"""
import random
from pathlib import Path

rng = random.Random(7000001)
DATA = Path(__file__).resolve().parent.parent / "data"
N_MAX = 200000
X_MAX = 10 ** 6


def write(folder, name, xs):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(xs) <= N_MAX and all(0 <= x <= X_MAX for x in xs)
    (DATA / folder / f"{name}.in").write_text(f"{len(xs)}\n{' '.join(map(str, xs))}\n")


write("sample", "1", [10, 14, 12, 12, 30])
write("sample", "2", [999999, 1000000, 999999])

write("secret", "01_one_reading", [X_MAX])
write("secret", "02_constant", [7] * 1000)
write("secret", "03_two_extremes", [0, X_MAX])
write("secret", "04_small_random", [rng.randint(0, 100) for _ in range(20)])
write("secret", "05_alternating_extremes", [0, X_MAX] * 500)
write("secret", "06_uniform", [rng.randint(0, X_MAX) for _ in range(5000)])
# Large readings close together: mean of squares minus square of the mean loses every digit.
write("secret", "07_large_close", [X_MAX - rng.randint(0, 3) for _ in range(50000)])
write("secret", "08_drift_then_spike", [500000 + i // 100 for i in range(20000)] + [X_MAX, 0] * 10)
write("secret", "09_steady_then_unstable", [900000 + rng.randint(-2, 2) for _ in range(10000)]
      + [rng.randint(0, X_MAX) for _ in range(10000)])
write("secret", "10_increasing", list(range(0, 60000)))
# At the bound, large and close: recomputing every prefix costs 2 x 10^10 steps, and cancellation bites too.
write("secret", "11_bound_large_close", [X_MAX - rng.randint(0, 9) for _ in range(N_MAX)])
