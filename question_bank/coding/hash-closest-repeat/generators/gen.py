"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(909)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 100000
N_MAX = 300000
B = 10 ** 9


def write(folder, name, a):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(a) <= N_MAX and all(-B <= x <= B for x in a)
    (DATA / folder / f"{name}.in").write_text(f"{len(a)}\n{' '.join(map(str, a))}\n")


write("sample", "1", [7, 1, 3, 4, 1, 7, 3, 1])
write("sample", "2", [-5, 0, 5])
write("sample", "3", [2, 9, 2, 9, 9, 2])

write("secret", "01_single", [B])
write("secret", "02_adjacent", [-B, -B])
write("secret", "03_ends", [1, 2, 3, 4, 1])
write("secret", "04_third_occurrence_closer", [5, 6, 7, 8, 9, 5, 1, 5])
write("secret", "05_small_random", [rng.randint(-20, 20) for _ in range(30)])
write("secret", "06_max_distinct", rng.sample(range(-B, B), N))
a = list(range(N // 2)) * 2  # every value twice, exactly N/2 apart
write("secret", "07_max_far_pairs", a)
a = rng.sample(range(-B, B), N - 1)
a.append(a[N - 1000])  # one close repeat near the end
write("secret", "08_max_late_close", a)
vals = rng.sample(range(10 ** 5), 400)
a = [vals[i % 400] for i in range(N)]  # period 400 ...
a[75000] = a[75000 - 137]            # ... except one closer repeat
write("secret", "09_max_periodic", a)
a = [rng.randint(0, 10 ** 6) for _ in range(N // 2)]
write("secret", "10_max_random", a)
a = list(range(N // 3)) * 3
a[N // 2] = a[N // 2 + N // 3 - 5] if N // 2 + N // 3 - 5 < len(a) else a[N // 2]
write("secret", "11_max_repeat_triples", a)
# At the bound, all distinct: looking ahead from every position compares 4.5 * 10^10 pairs.
write("secret", "12_bound_distinct", rng.sample(range(N_MAX), N_MAX))
