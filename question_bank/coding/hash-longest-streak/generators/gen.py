"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(1999)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 100000
B = 10 ** 9


def write(folder, name, a):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(a) <= N and all(-B <= x <= B for x in a)
    (DATA / folder / f"{name}.in").write_text(f"{len(a)}\n{' '.join(map(str, a))}\n")


def shuffled(a):
    a = list(a)
    rng.shuffle(a)
    return a


write("sample", "1", [9, 31, 8, 30, 12, 10, 29, 11, 40])
write("sample", "2", [10, -1, 11, 0, 10, 5])

write("secret", "01_single", [-B])
write("secret", "02_all_same", [7, 7, 7])
write("secret", "03_duplicates_inside", [3, 1, 2, 2, 2, 4, 9])
write("secret", "04_top_edge", [B, B - 1, B - 2, -B])
write("secret", "05_small_random", [rng.randint(-15, 15) for _ in range(25)])
write("secret", "06_max_one_streak", shuffled(range(-N // 2, N // 2)))
write("secret", "07_max_streak_with_dups", shuffled(list(range(B - N // 2 + 1, B + 1)) * 2))
write("secret", "08_max_scattered", rng.sample(range(-B, B, 3), N))
a = shuffled(list(range(0, 30000)) + list(range(-B, -B + 30000)) + list(range(500000, 529999)))
write("secret", "09_max_tie_smallest", a)
a = rng.sample(range(-10 ** 6, 10 ** 6, 2), N // 2) + [rng.randint(-10 ** 6, 10 ** 6) for _ in range(N // 2)]
write("secret", "10_max_random_dense", shuffled(a))
a = shuffled([x for x in range(0, 125000) if x % 1000 != 999][:N])
write("secret", "11_max_many_equal_blocks", a)
