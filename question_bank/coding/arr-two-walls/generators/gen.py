"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(777)
DATA = Path(__file__).resolve().parent.parent / "data"
B = 10 ** 9


def write(folder, name, h):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 2 <= len(h) <= 300000 and all(0 <= x <= B for x in h)
    (DATA / folder / f"{name}.in").write_text(f"{len(h)}\n{' '.join(map(str, h))}\n")


write("sample", "1", [3, 9, 4, 7, 2, 8, 5])
write("sample", "2", [6, 0])

write("secret", "01_two_equal", [4, 4])
write("secret", "02_zeros", [0, 0, 0])
write("secret", "03_inner_pair", [1, 100, 1, 1, 100, 1])
write("secret", "04_taller_moves_wrong", [5, 1, 1, 1, 1, 1, 1, 6, 9, 2])
write("secret", "05_small_random", [rng.randint(0, 20) for _ in range(30)])
n = 100000
write("secret", "06_max_big_ends", [B] + [rng.randint(0, 1000) for _ in range(n - 2)] + [B])
write("secret", "07_max_increasing", sorted(rng.randint(0, 10 ** 6) for _ in range(n)))
write("secret", "08_max_decreasing", sorted((rng.randint(0, 10 ** 6) for _ in range(n)), reverse=True))
h = [rng.randint(0, 10 ** 4) for _ in range(n)]
h[1000], h[n - 1000] = B, B - 1
write("secret", "09_max_hidden_pair", h)
write("secret", "10_max_random", [rng.randint(0, 10 ** 5) for _ in range(n)])
write("secret", "11_max_constant", [7] * n)
h = [min(i, n - 1 - i) for i in range(n)]  # a mountain: the best pair is in the middle region
write("secret", "12_max_mountain", h)
# At the bound: trying every pair is 4.5 * 10^10 areas.
write("secret", "13_bound_random", [rng.randint(1, 999) for _ in range(300000)])
h = [rng.randint(0, B) for _ in range(300000)]
write("secret", "14_bound_extremes", h)
