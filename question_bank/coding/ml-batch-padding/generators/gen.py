"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: vetkit bank answers (vetkit.yaml names submissions/accepted/batch_ends.cpp).
"""
import math
import random
from pathlib import Path

rng = random.Random(20261207)
DATA = Path(__file__).resolve().parent.parent / "data"
N_MAX = 200_000
L_MAX = 10**6


def write(folder, name, lengths, sizes):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    n, q = len(lengths), len(sizes)
    assert 1 <= q <= n <= N_MAX and all(1 <= x <= L_MAX for x in lengths)
    assert len(set(sizes)) == q and all(1 <= b <= n for b in sizes)
    text = f"{n} {q}\n{' '.join(map(str, lengths))}\n{' '.join(map(str, sizes))}\n"
    (DATA / folder / f"{name}.in").write_text(text)


def every_size(n):
    sizes = list(range(1, n + 1))
    rng.shuffle(sizes)
    return sizes


def sentence_lengths(n, median=300):
    """Log-normal lengths, as tokenised sentences and documents are, capped to [1, 10^6]."""
    return [max(1, min(L_MAX, int(rng.lognormvariate(math.log(median), 1.2)))) for _ in range(n)]


write("sample", "1", [5, 3, 9, 1, 4, 4, 12], [1, 3, 7])
write("sample", "2", [2, 2, 100, 2, 2], [4, 3, 2, 5])

write("secret", "01_one_sequence", [L_MAX], [1])
write("secret", "02_all_equal", [777] * 1000, every_size(1000))
write("secret", "03_small_random", [rng.randint(1, 20) for _ in range(20)], rng.sample(range(1, 21), 10))
write("secret", "04_every_size", sentence_lengths(2000), every_size(2000))
write("secret", "05_one_outlier", [5] * 999 + [L_MAX], rng.sample(range(1, 1001), 300))
write("secret", "06_two_lengths", [rng.choice([1, L_MAX]) for _ in range(5000)], every_size(5000))
write("secret", "07_powers_of_two", sentence_lengths(N_MAX), [2**k for k in range(18)])
write("secret", "08_large_sizes_only", sentence_lengths(N_MAX, 40), list(range(N_MAX, N_MAX - 1000, -1)))
# At the bounds: every batch size from 1 to 200,000. Going through all n lengths for each size is
# 4 * 10^10 steps.
write("secret", "09_bound_every_size", sentence_lengths(N_MAX), every_size(N_MAX))
# The largest answers: lengths 1 and 10^6, every batch size.
write("secret", "10_bound_extremes", [rng.choice([1, L_MAX]) for _ in range(N_MAX)], every_size(N_MAX))
