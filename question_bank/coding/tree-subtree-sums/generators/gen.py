"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/sums.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(4242)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, parent, values):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    n = len(parent)
    (DATA / folder / f"{name}.in").write_text(
        f"{n}\n{' '.join(map(str, values))}\n{' '.join(map(str, parent[1:]))}\n")


def relabel(parent):
    n = len(parent)
    perm = [0] + random.sample(range(1, n), n - 1)
    new = [-1] * n
    for v in range(1, n):
        new[perm[v]] = perm[parent[v]]
    return new


def vals(n, lo=-100, hi=100):
    return [random.randint(lo, hi) for _ in range(n)]


def main():
    write("sample", "1", [-1, 0, 0, 1, 1], [3, -1, 4, 1, 5])
    write("sample", "2", [-1, 3, 0, 2], [1, 2, 3, 4])
    write("secret", "01_single", [-1], [-7])
    write("secret", "02_pair", [-1, 0], [1000, -1000])
    n = 50000
    write("secret", "03_chain", [-1] + list(range(n - 1)), vals(n))
    write("secret", "04_chain_relabelled", relabel([-1] + list(range(n - 1))), vals(n, 1000, 1000))
    write("secret", "05_star", [-1] + [0] * (n - 1), vals(n))
    write("secret", "06_star_center_last", relabel([-1] + [0] * 9999), vals(10000, -1000, -1000))
    write("secret", "07_small_random", relabel([-1] + [random.randrange(v) for v in range(1, 12)]), vals(12))
    write("secret", "08_random", relabel([-1] + [random.randrange(v) for v in range(1, n)]), vals(n))
    write("secret", "09_random_deep", relabel([-1] + [max(0, v - random.randint(1, 3)) for v in range(1, n)]), vals(n))
    half = n // 2  # broom: a long handle ending in many leaves
    write("secret", "10_broom", relabel([-1] + list(range(half - 1)) + [half - 1] * (n - half)), vals(n))
    write("secret", "11_binary", relabel([-1] + [(v - 1) // 2 for v in range(1, n)]), vals(n))
    write("secret", "12_zero_values", relabel([-1] + [random.randrange(v) for v in range(1, 2000)]), [0] * 2000)
    # At the bound: adding each value to every ancestor of a chain takes 4.5 * 10^10 steps.
    n = 300000
    write("secret", "13_bound_chain_relabelled", relabel([-1] + list(range(n - 1))), vals(n, -9, 9))

main()
