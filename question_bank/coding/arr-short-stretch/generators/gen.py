"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(99)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, s, a, limit=100000):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(a) <= limit and 1 <= s <= 10 ** 15 and all(1 <= x <= 10 ** 9 for x in a)
    (DATA / folder / f"{name}.in").write_text(f"{len(a)} {s}\n{' '.join(map(str, a))}\n")


def cases(prefix, n, limit):
    """The same kinds of test at size n."""
    big = [rng.randint(1, 10 ** 9) for _ in range(n)]
    write(prefix, "a_none", sum(big) + 1, big, limit)
    write(prefix, "b_all", sum(big), big, limit)
    small = [rng.randint(1, 100) for _ in range(n)]
    write(prefix, "c_random", sum(small) // 3, small, limit)
    spike = [rng.randint(1, 5) for _ in range(n)]
    spike[n * 3 // 4] = 10 ** 9
    write(prefix, "d_spike", 10 ** 9 + 3, spike, limit)
    ones = [1] * n
    ones[n - 1] = n  # one big pad at the end: long window then a short one, needs repeated shrinking
    write(prefix, "e_shrink_many", n, ones, limit)


write("sample", "1", 9, [4, 1, 1, 6, 2, 3, 1])
write("sample", "2", 50, [8, 12, 9, 10])

g1, g2 = "secret/group1", "secret/group2"
write(g1, "01_single_enough", 5, [5], 2000)
write(g1, "02_single_short", 6, [5], 2000)
write(g1, "03_small", 11, [1, 2, 3, 4, 5], 2000)
for k, n in enumerate([20, 2000]):
    cases(g1, n, 2000)
    for f in sorted((DATA / g1).glob("[a-e]_*.in")):
        f.rename(f.with_name(f"1{k}_{f.name}"))
write(g2, "01_small", 11, [1, 2, 3, 4, 5])
write(g2, "02_max_s", 10 ** 15, [10 ** 9] * 1000)
cases(g2, 100000, 100000)
# At the bound: no stretch is long enough, so extending from every start adds 4.5 * 10^10 energies.
tiny = [rng.randint(1, 9) for _ in range(300000)]
write(g2, "f_bound_none", sum(tiny) + 1, tiny, 300000)
write(g2, "g_bound_max_values", 10 ** 15, [10 ** 9 - rng.randint(0, 9) for _ in range(300000)], 300000)
