"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(20261128)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, n, k, values):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert len(values) == n and 1 <= k <= n
    (DATA / folder / f"{name}.in").write_text(f"{n} {k}\n{' '.join(map(str, values))}\n")


write("sample", "1", 6, 3, [1, -2, 5, 3, -1, 4])
write("sample", "2", 3, 2, [-5, -1, -7])

B = 10 ** 9
write("secret", "01_single", 1, 1, [-B])
write("secret", "02_k_equals_n", 5, 5, [3, -1, 4, -1, 5])
write("secret", "03_k_one", 8, 1, [rng.randint(-100, 100) for _ in range(8)])
write("secret", "04_small_random", 20, 7, [rng.randint(-20, 20) for _ in range(20)])
write("secret", "05_all_negative", 1000, 10, [rng.randint(-B, -1) for _ in range(1000)])
n = 100000
write("secret", "06_max_overflow", n, n // 2, [B - rng.randint(0, 5) for _ in range(n)])
write("secret", "07_max_negative_overflow", n, n - 3, [-B + rng.randint(0, 5) for _ in range(n)])
write("secret", "08_max_random_half", n, n // 2, [rng.randint(-B, B) for _ in range(n)])
write("secret", "10_max_k_n", n, n, [rng.randint(-10**6, 10**6) for _ in range(n)])
write("secret", "11_max_k_small", n, 2, [rng.randint(-10**4, 10**4) for _ in range(n)])
vals = [rng.randint(-1000, 1000) for _ in range(n)]
vals[70000:70500] = [B] * 500
write("secret", "12_max_peak_late", n, 500, vals)
write("secret", "13_zeros", 30000, 1000, [0] * 30000)
# At the bound with k = n / 2: summing every window afresh is 2.25 * 10^10 additions.
write("secret", "14_bound_half", 300000, 150000, [rng.randint(-9, 9) for _ in range(300000)])
write("secret", "15_bound_extremes", 300000, 100000, [rng.choice([-B, B]) for _ in range(300000)])
