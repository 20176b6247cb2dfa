"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/diameter.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(7)
DATA = Path(__file__).resolve().parent.parent / "data"
MAXW = 10**6


def write(folder, name, n, edges):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    lines = [str(n)] + [f"{u} {v} {w}" for u, v, w in edges]
    (DATA / folder / f"{name}.in").write_text("\n".join(lines) + "\n")


def shuffled(n, parent, weight):
    """Tree from a parent array over 0..n-1, relabelled at random to 1..n, edges shuffled and flipped."""
    perm = random.sample(range(1, n + 1), n)
    edges = []
    for v in range(1, n):
        a, b = perm[v], perm[parent[v]]
        if random.random() < 0.5:
            a, b = b, a
        edges.append((a, b, weight()))
    random.shuffle(edges)
    return edges


def rnd():
    return random.randint(1, MAXW)


def main():
    write("sample", "1", 5, [(1, 2, 3), (2, 3, 4), (2, 4, 2), (4, 5, 6)])
    write("sample", "2", 1, [])
    write("secret", "01_single", 1, [])
    write("secret", "02_two", 2, [(2, 1, 5)])
    n = 40000
    write("secret", "03_path_max_weights", n, [(i, i + 1, MAXW) for i in range(1, n)])
    write("secret", "04_path_shuffled", n, shuffled(n, [-1] + list(range(n - 1)), rnd))
    write("secret", "05_star", 20000, shuffled(20000, [-1] + [0] * 19999, rnd))
    write("secret", "06_random", n, shuffled(n, [-1] + [random.randrange(v) for v in range(1, n)], rnd))
    # vertex 1 is a short leaf of vertex 2; two long arms leave vertex 2
    half = n // 2
    edges = [(1, 2, 1), (2, 3, rnd())] + [(v, v + 1, rnd()) for v in range(3, half)]
    edges += [(2, half + 1, rnd())] + [(v, v + 1, rnd()) for v in range(half + 1, n)]
    write("secret", "07_spider", n, edges)
    write("secret", "08_caterpillar", 20000, shuffled(20000, [-1] + [v - 1 if v % 2 else max(0, v - 3) for v in range(1, 20000)], rnd))
    write("secret", "09_small", 8, shuffled(8, [-1, 0, 0, 1, 1, 2, 5, 3], lambda: random.randint(1, 9)))
    # a heavy short edge beats a long light path
    edges = [(i, i + 1, 1) for i in range(1, 1000)] + [(1000, 1001, MAXW), (1, 1002, MAXW)]
    write("secret", "10_heavy_edges", 1002, edges)
    write("secret", "11_random_deep", n, shuffled(n, [-1] + [max(0, v - random.randint(1, 5)) for v in range(1, n)], rnd))
    # At the bound: a search from every switch visits 10^10 switches.
    n = 100000
    write("secret", "12_bound_path_shuffled", n, shuffled(n, [-1] + list(range(n - 1)), lambda: random.randint(1, 9)))

main()
