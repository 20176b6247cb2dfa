"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/binary_search.cpp).
"""
import random
from pathlib import Path

rng = random.Random(20261203)
DATA = Path(__file__).resolve().parent.parent / "data"
N_MAX = Q_MAX = 200_000
W_MAX = 10**6
R_END = 10**6


def write(folder, name, weights, queries):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(weights) <= N_MAX and 1 <= len(queries) <= Q_MAX
    assert all(1 <= w <= W_MAX for w in weights)
    assert all(1 <= p <= 100 and 0 <= r < R_END for p, r in queries)
    lines = [f"{len(weights)} {len(queries)}", " ".join(map(str, weights))]
    lines += [f"{p} {r}" for p, r in queries]
    (DATA / folder / f"{name}.in").write_text("\n".join(lines) + "\n")


def zipf(n, scale=W_MAX):
    """Weights like a language model's: a few heavy tokens and a long tail, shuffled over the indices."""
    weights = [max(1, int(scale / (rank + 1) ** 1.1)) for rank in range(n)]
    rng.shuffle(weights)
    return weights


def random_queries(q, p_low=1, p_high=100):
    return [(rng.randint(p_low, p_high), rng.randrange(R_END)) for _ in range(q)]


write("sample", "1", [10, 40, 10, 30, 10], [(50, 0), (70, 999999), (71, 600000), (100, 950000), (1, 999999)])
write("sample", "2", [5, 5, 5], [(34, 500000), (33, 999999)])

write("secret", "01_one_token", [1], [(1, 0), (100, 999999), (50, 123456)])
write("secret", "02_two_tokens", [3, 7], [(p, r) for p in (1, 30, 70, 71, 100) for r in (0, 299999, 300000, 999999)])
write("secret", "03_all_equal", [9] * 10, [(p, r) for p in range(1, 101, 9) for r in (0, 99999, 100000, 500000, 999999)])
write("secret", "04_small_random", [rng.randint(1, 20) for _ in range(8)], random_queries(40))
# Boundaries: every nucleus edge p * W / 100 and every draw edge hit exactly.
edges = [10, 20, 30, 40]
write("secret", "05_exact_edges", edges, [(p, r) for p in (10, 30, 60, 100) for r in (0, 249999, 250000, 333333, 750000, 999999)])
write("secret", "06_zipf_medium", zipf(2000), random_queries(3000))
write("secret", "07_heavy_ties", [rng.choice([1, 2, 3]) for _ in range(5000)], random_queries(5000))
write("secret", "08_max_weights", [W_MAX] * 1000 + [W_MAX - 1] * 1000, random_queries(2000, 90, 100))
write("secret", "09_one_dominant", [W_MAX] + [1] * 9999, random_queries(10000))
# At the bounds: W = 2 * 10^11 (r * S_k near 2 * 10^17), whole-vocabulary queries.
write("secret", "10_bound_max_products", [W_MAX] * N_MAX, [(100, R_END - 1 - rng.randrange(10)) for _ in range(Q_MAX)])
# At the bounds: scanning the prefix sums is about n steps per query, 4 * 10^10 in all.
write("secret", "11_bound_whole_vocabulary", zipf(N_MAX), [(rng.randint(99, 100), rng.randrange(990000, R_END)) for _ in range(Q_MAX)])
write("secret", "12_bound_random", [rng.randint(1, W_MAX) for _ in range(N_MAX)], random_queries(Q_MAX))
