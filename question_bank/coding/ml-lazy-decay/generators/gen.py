"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/lazy.cpp).
"""
import random
from pathlib import Path

rng = random.Random(20261202)
DATA = Path(__file__).resolve().parent.parent / "data"
N_MAX = 200_000
ENTRIES_MAX = 300_000
ID_MAX = 10**9


def write(folder, name, decay, steps):
    """steps: a list of lists of (id, gradient)."""
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    entries = sum(len(step) for step in steps)
    assert 1 <= len(steps) <= N_MAX and 1 <= entries <= ENTRIES_MAX
    lines = [f"{len(steps)} {decay}"]
    for step in steps:
        assert len({j for j, _ in step}) == len(step)
        assert all(1 <= j <= ID_MAX and 1 <= abs(g) <= 1000 for j, g in step)
        lines.append(" ".join([str(len(step))] + [f"{j} {g}" for j, g in step]))
    (DATA / folder / f"{name}.in").write_text("\n".join(lines) + "\n")


def gradient(limit=1000):
    return rng.choice([-1, 1]) * rng.randint(1, limit)


def random_steps(n, entries, ids, per_step_max):
    """n steps holding `entries` entries in all, drawn from the id pool `ids`."""
    counts = [0] * n
    for _ in range(entries):
        counts[rng.randrange(n)] += 1
    counts = [min(c, per_step_max, len(ids)) for c in counts]
    return [[(j, gradient()) for j in rng.sample(ids, c)] for c in counts]


write("sample", "1", "0.5", [[(7, 4), (3, -2)], [(7, 2)], []])
write("sample", "2", "0", [[(ID_MAX, 5), (1, 1)], [(1, -1), (ID_MAX, 5)]])

write("secret", "01_one_entry", "0.25", [[(42, -7)]])
write("secret", "02_idle_steps", "0.1", [[(5, 1000)]] + [[] for _ in range(30)] + [[(5, -1)], []])
write("secret", "03_small_random", "0.2", random_steps(12, 20, [1, 2, 3, 4, 5, 6], 4))
write("secret", "04_no_decay", "0", random_steps(2000, 5000, rng.sample(range(1, ID_MAX + 1), 300), 10))
# Halving 300,000 times underflows to 0 for the early weights.
write("secret", "05_halving_underflow", "0.5",
      [[(1, 1000), (ID_MAX, -1000)]] + [[] for _ in range(N_MAX - 2)] + [[(2, 1)]])
write("secret", "06_decay_near_one", "0.999999", random_steps(50000, 100000, rng.sample(range(1, ID_MAX + 1), 50), 20))
write("secret", "07_one_feature_every_step", "0.000001", [[(777, gradient())] for _ in range(N_MAX)])
write("secret", "08_cancelling", "0.001",
      [[(10, 1000), (20, -1000)] if t % 2 else [(10, -1000), (20, 1000)] for t in range(ENTRIES_MAX // 2)])
write("secret", "09_medium_random", "0.01", random_steps(20000, 60000, rng.sample(range(1, ID_MAX + 1), 20000), 8))
# At the bounds: 150,000 features in the first step, then 199,999 steps of zero or one entry.
# Decaying every weight at every step is 3 * 10^10 multiplications.
first = rng.sample(range(1, ID_MAX + 1), 150_000)
rest = [[] for _ in range(N_MAX - 1)]
for t in rng.sample(range(N_MAX - 1), 150_000):
    rest[t] = [(rng.choice(first), gradient())]
write("secret", "10_bound_wide_then_long", "0.00001", [[(j, gradient()) for j in first]] + rest)
# At the bounds: new features keep arriving, 300,000 distinct ones over 200,000 steps.
fresh = rng.sample(range(1, ID_MAX + 1), ENTRIES_MAX)
write("secret", "11_bound_growing", "0.0001",
      [[(j, gradient()) for j in fresh[a:b]]
       for a, b in zip([k * 3 // 2 for k in range(N_MAX)], [(k + 1) * 3 // 2 for k in range(N_MAX)])])
