"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/sorted_columns.cpp).
"""
import random
from pathlib import Path

rng = random.Random(20261206)
DATA = Path(__file__).resolve().parent.parent / "data"
ND_MAX = 400_000
X_MAX = 10**6


def write(folder, name, vectors):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    n, d = len(vectors), len(vectors[0])
    assert n >= 2 and n * d <= ND_MAX and all(len(v) == d for v in vectors)
    assert all(-X_MAX <= x <= X_MAX for v in vectors for x in v)
    lines = [f"{n} {d}"] + [" ".join(map(str, v)) for v in vectors]
    (DATA / folder / f"{name}.in").write_text("\n".join(lines) + "\n")


def uniform(n, d, low=-X_MAX, high=X_MAX):
    return [[rng.randint(low, high) for _ in range(d)] for _ in range(n)]


def clustered(n, d, clusters, spread):
    """Vectors near a few random centres: a partly collapsed encoder."""
    centres = uniform(clusters, d, -X_MAX + spread, X_MAX - spread)
    return [[c + rng.randint(-spread, spread) for c in rng.choice(centres)] for _ in range(n)]


write("sample", "1", [[0, 0], [1, 3], [-2, 1]])
write("sample", "2", [[5], [5], [-5], [5]])

write("secret", "01_two_vectors", [[-X_MAX], [X_MAX]])
write("secret", "02_collapsed", [[7, -3, 0]] * 50)
write("secret", "03_small_random", uniform(12, 3, -10, 10))
write("secret", "04_one_long_pair", uniform(2, 20000))
write("secret", "05_rows_sorted_columns_not", [[i, 100 - i] for i in range(100)])
write("secret", "06_many_ties", uniform(5000, 4, -3, 3))
write("secret", "07_clusters", clustered(20000, 8, 5, 1000))
write("secret", "08_wide", uniform(500, 40))
write("secret", "09_two_dimensions", clustered(50000, 2, 3, 10**5))
# At the bounds. Comparing every pair: 8 * 10^10 steps for n = 400,000, d = 1.
write("secret", "10_bound_one_dimension", uniform(ND_MAX, 1))
# Half of the vectors at -10^6, half at 10^6: the largest possible answer, (n / 2)^2 * 2 * 10^6 = 8 * 10^16.
extreme = [[-X_MAX]] * (ND_MAX // 2) + [[X_MAX]] * (ND_MAX // 2)
rng.shuffle(extreme)
write("secret", "11_bound_largest_answer", extreme)
