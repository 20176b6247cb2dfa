"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(4711)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 200000
N_MAX = 300000
B = 10 ** 9


def write(folder, name, k, a):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(a) <= N_MAX and abs(k) <= 10 ** 14 and all(-B <= x <= B for x in a)
    (DATA / folder / f"{name}.in").write_text(f"{len(a)} {k}\n{' '.join(map(str, a))}\n")


write("sample", "1", 3, [1, 2, 1, -1, 3])
write("sample", "2", 0, [0, 0, 5, -5])

write("secret", "01_single_hit", -7, [-7])
write("secret", "02_single_miss", 0, [1])
write("secret", "03_whole_array", 10, [1, 2, 3, 4])
write("secret", "04_small_random", 2, [rng.randint(-3, 3) for _ in range(40)])
write("secret", "05_max_all_zero", 0, [0] * N)
write("secret", "06_max_small_values", 5, [rng.randint(-3, 3) for _ in range(N)])
write("secret", "07_max_alternating", 0, [1 if i % 2 else -1 for i in range(N)])
a = [rng.randint(-B // 2, B // 2) for _ in range(N // 4)]
write("secret", "08_big_values_none", 1, [x * 2 for x in a[:N // 4]])
a = [B] * (N // 4) + [-B] * (N // 4)
write("secret", "09_big_prefix_sums", 10 ** 14 // 2 - B * 3, a)
a = [rng.randint(1, 10) for _ in range(N)]
write("secret", "10_max_positive", 25, a)
a = [rng.choice([-2, -1, 1, 2]) for _ in range(N)]
write("secret", "11_max_negative_k", -4, a)
# At the bound: trying every start and end is 4.5 * 10^10 sums.
write("secret", "12_bound_small_values", 7, [rng.randint(-9, 9) for _ in range(N_MAX)])
