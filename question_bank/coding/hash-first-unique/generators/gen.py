"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(606)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 100000
N_MAX = 300000
B = 10 ** 9


def write(folder, name, ids):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(ids) <= N_MAX and all(0 <= x <= B for x in ids)
    (DATA / folder / f"{name}.in").write_text(f"{len(ids)}\n{' '.join(map(str, ids))}\n")


def pairs_with_unique(n, uniques, values):
    """n ids: every value twice, plus the given unique ids, shuffled."""
    reps = [rng.choice(values) for _ in range((n - len(uniques)) // 2)]
    used = set(uniques)
    reps = [v for v in reps if v not in used]
    ids = reps + reps + list(uniques)
    rng.shuffle(ids)
    return ids


write("sample", "1", [4, 10, 5, 4, 2, 10, 5])
write("sample", "2", [9, 3, 7, 3, 1, 9])
write("sample", "3", [8, 8, 6, 6])

write("secret", "01_single", [0])
write("secret", "02_pair", [B, B])
write("secret", "03_first_is_unique", [5, 1, 1])
write("secret", "04_repeat_after_gap", [1, 2, 3, 1, 2, 3, 4])
write("secret", "05_small_random", [rng.randint(0, 9) for _ in range(25)])
write("secret", "06_max_none", pairs_with_unique(N, [], list(range(10 ** 5))))
ids = pairs_with_unique(N - 1, [], list(range(50000)))
ids.append(123456789)
write("secret", "07_max_unique_last", ids)
ids = pairs_with_unique(N - 2, [], [rng.randint(0, B) for _ in range(20000)])
ids.insert(N // 2, 7)  # later unique, smaller value
ids.insert(N // 3, 999999999)
write("secret", "08_max_first_not_smallest", ids)
write("secret", "09_max_all_distinct", rng.sample(range(10 ** 6), N))
write("secret", "10_max_all_same", [42] * N)
ids = [rng.randint(0, 10 ** 5) for _ in range(N)]
write("secret", "11_max_random_big", ids)
ids = pairs_with_unique(N - 3, [3, 2, 1], list(range(10, 100000)))
write("secret", "12_max_three_unique", ids)
# At the bound, every id twice but the last one: counting each id afresh scans 9 * 10^10 ids.
ids = rng.sample(range(N_MAX // 2), N_MAX // 2) * 2
rng.shuffle(ids)
ids[-1] = B
write("secret", "13_bound_unique_last", ids)
