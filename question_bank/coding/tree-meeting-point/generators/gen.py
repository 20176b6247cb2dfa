"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/reroot.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(99)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, n, edges):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    (DATA / folder / f"{name}.in").write_text("\n".join([str(n)] + [f"{u} {v} {w}" for u, v, w in edges]) + "\n")


def tree(par0, wmax=1000, wmin=1):
    n = len(par0)
    perm = random.sample(range(1, n + 1), n)
    edges = []
    for v in range(1, n):
        a, b = perm[v], perm[par0[v]]
        if random.random() < 0.5:
            a, b = b, a
        edges.append((a, b, random.randint(wmin, wmax)))
    random.shuffle(edges)
    return n, edges


def main():
    write("sample", "1", 4, [(1, 2, 1), (2, 3, 2), (2, 4, 3)])
    write("sample", "2", 1, [])
    write("sample", "3", 3, [(3, 1, 5), (1, 2, 5)])
    write("secret", "01_single", 1, [])
    write("secret", "02_two", 2, [(1, 2, 1000)])
    n = 50000
    write("secret", "03_path_sorted_max", n, [(i, i + 1, 1000) for i in range(1, n)])
    write("secret", "04_path_shuffled", *tree([-1] + list(range(n - 1))))
    write("secret", "05_random", *tree([-1] + [random.randrange(v) for v in range(1, 20000)]))
    write("secret", "06_star", *tree([-1] + [0] * 19999, 1000, 1000))
    write("secret", "07_deep_random", *tree([-1] + [max(0, v - random.randint(1, 3)) for v in range(1, 20000)]))
    write("secret", "08_binary", *tree([-1] + [(v - 1) // 2 for v in range(1, 20000)]))
    write("secret", "09_small", *tree([-1, 0, 0, 1, 1, 2, 2, 6, 6, 0], 9))
    write("secret", "10_unit_weights", *tree([-1] + [random.randrange(v) for v in range(1, 2000)], 1))
    # At the bound: a search from every candidate meeting point visits 10^10 junctions.
    n = 100000
    write("secret", "11_bound_random", *tree([-1] + [random.randrange(max(0, v - 50), v) for v in range(1, n)], 9))

main()
