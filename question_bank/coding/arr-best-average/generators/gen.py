"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(31337)
DATA = Path(__file__).resolve().parent.parent / "data"
V = 10 ** 4


def write(folder, name, k, a):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= k <= len(a) <= 200000 and all(-V <= x <= V for x in a)
    (DATA / folder / f"{name}.in").write_text(f"{len(a)} {k}\n{' '.join(map(str, a))}\n")


write("sample", "1", 4, [1, 12, -5, -6, 50, 3])
write("sample", "2", 1, [-3, -1, -2])
write("sample", "3", 2, [5, -10, 4, 4])

write("secret", "01_single", 1, [-V])
write("secret", "02_k_equals_n", 5, [3, -1, 4, -1, 5])
write("secret", "03_longer_better", 2, [10, 0, 10, 1])
for t in range(4, 9):
    n = rng.randint(5, 40)
    write("secret", f"{t:02d}_small_random", rng.randint(1, n), [rng.randint(-10, 10) for _ in range(n)])
n = 100000
write("secret", "09_max_random", 1000, [rng.randint(-V, V) for _ in range(n)])
write("secret", "10_max_k1", 1, [rng.randint(-V, V) for _ in range(n)])
write("secret", "11_max_k_half", n // 2, [rng.randint(-V, V) for _ in range(n)])
a = [rng.randint(-V, V // 2) for _ in range(n)]  # a slow upward drift hides a long good stretch
for i in range(30000, 60000):
    a[i] = rng.randint(-V // 2, V)
write("secret", "12_max_long_good_region", 5000, a)
write("secret", "13_max_all_negative", 77, [rng.randint(-V, -1) for _ in range(n)])
a = [int(V * ((i % 1000) / 1000.0 - 0.5)) for i in range(n)]  # sawtooth: many hull points
write("secret", "14_max_sawtooth", 300, a)
a = [(-1) ** i * (i % 97) * 100 for i in range(n)]
write("secret", "15_max_alternating", 10, a)
# At the bound with k = 1: trying every stretch is 2 * 10^10 divisions.
write("secret", "16_bound_k1", 1, [rng.randint(-9, 9) for _ in range(200000)])
a = [rng.randint(-V, V) for _ in range(200000)]
write("secret", "17_bound_extremes", 150000, a)
