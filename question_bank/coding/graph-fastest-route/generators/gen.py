"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/dijkstra.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(8080)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, n, edges):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    if folder != "sample":  # samples stay as in the statement
        random.shuffle(edges)
        edges = [(b, a, t) if random.random() < 0.5 else (a, b, t) for a, b, t in edges]
    (DATA / folder / f"{name}.in").write_text("\n".join([f"{n} {len(edges)}"] + [f"{a} {b} {t}" for a, b, t in edges]) + "\n")


def grid(rows, cols, weight):
    """Junction r * cols + c + 1; 1 is a corner, n the opposite corner."""
    edges = []
    for r in range(rows):
        for c in range(cols):
            v = r * cols + c + 1
            if c + 1 < cols:
                edges.append((v, v + 1, weight()))
            if r + 1 < rows:
                edges.append((v, v + cols, weight()))
    return edges


def random_connected(n, m, tmax=1000):
    perm = [1] + random.sample(range(2, n + 1), n - 1)
    edges = [(perm[v], perm[random.randrange(v)], random.randint(1, tmax)) for v in range(1, n)]
    edges += [(random.randint(1, n), random.randint(1, n), random.randint(1, tmax)) for _ in range(m - (n - 1))]
    return edges


def main():
    write("sample", "1", 6, [(1, 2, 4), (1, 3, 1), (3, 2, 2), (2, 4, 5), (3, 5, 8), (4, 6, 3), (5, 6, 1)])
    write("sample", "2", 4, [(1, 2, 7), (3, 4, 1)])
    write("secret", "01_single", 1, [])
    write("secret", "02_single_with_loop", 1, [(1, 1, 5)])
    write("secret", "03_two_unreachable", 2, [(1, 1, 3), (2, 2, 4)])
    write("secret", "04_parallel_streets", 2, [(1, 2, 9), (2, 1, 4), (1, 2, 4), (1, 2, 1000)])
    n = 50000
    write("secret", "05_random", n, random_connected(n, 60000))
    write("secret", "06_grid_unit_many_routes", 200 * 150, grid(200, 150, lambda: 1))
    write("secret", "07_grid_random", 200 * 150, grid(200, 150, lambda: random.randint(1, 1000)))
    # a long path of cheap streets versus a direct expensive street
    edges = [(v, v + 1, 1) for v in range(1, n)] + [(1, n, 1000)]
    write("secret", "08_long_cheap_path", n, edges)
    # two halves with no bridge
    half = n // 2
    edges = [(v, v + 1, random.randint(1, 1000)) for v in range(1, half)]
    edges += [(v, v + 1, random.randint(1, 1000)) for v in range(half + 1, n)]
    write("secret", "09_disconnected", n, edges)
    # improving predecessors: early discovery through an expensive street, later improved
    edges = [(1, v, 1000) for v in range(2, 2001)] + [(v, v + 1, 1) for v in range(2, 2000)] + [(2, 1, 1), (2000, 2001, 1)]
    write("secret", "10_improvements", 2001, edges)
    write("secret", "11_small", 6, random_connected(6, 9, 5))
    write("secret", "12_dense_small_weights", 2000, random_connected(2000, 60000, 3))
    # At the bound: a Dijkstra that scans every junction for the closest one makes 4 * 10^10 steps.
    write("secret", "13_bound_random", 200000, random_connected(200000, 200000, 9))


main()
