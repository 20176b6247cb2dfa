"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/dsu.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(12345)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, n, edges):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    (DATA / folder / f"{name}.in").write_text("\n".join([f"{n} {len(edges)}"] + [f"{u} {v}" for u, v in edges]) + "\n")


def shuffled_path(nodes):
    edges = [(nodes[i], nodes[i + 1]) for i in range(len(nodes) - 1)]
    random.shuffle(edges)
    return edges


def main():
    write("sample", "1", 5, [(0, 1), (1, 2), (3, 4)])
    write("sample", "2", 4, [(0, 1), (1, 0), (2, 2)])
    write("secret", "01_single", 1, [])
    write("secret", "02_single_loop", 1, [(0, 0)])
    n = 50000
    write("secret", "03_no_edges", n, [])
    write("secret", "04_path", n, [(i, i + 1) for i in range(n - 1)])
    perm = random.sample(range(n), n)
    write("secret", "05_path_shuffled", n, shuffled_path(perm))
    # a few long chains plus cycles closing them and duplicated edges
    edges = []
    for k in range(5):
        part = perm[k * 9000:(k + 1) * 9000]
        edges += shuffled_path(part) + [(part[-1], part[0])]
    edges += random.sample(edges, 4000)
    random.shuffle(edges)
    write("secret", "06_chains_cycles_duplicates", n, edges[:50000])
    write("secret", "07_random_sparse", n, [(random.randrange(n), random.randrange(n)) for _ in range(n // 2)])
    write("secret", "08_random_dense", n, [(random.randrange(n), random.randrange(n)) for _ in range(n)])
    write("secret", "09_star_loops", n, [(0, i) for i in range(1, n // 2)] + [(i, i) for i in range(n // 2)])
    write("secret", "10_pairs", n, [(perm[2 * i], perm[2 * i + 1]) for i in range(n // 2)])
    write("secret", "11_small", 10, [(1, 2), (2, 3), (3, 1), (5, 6), (6, 5), (9, 9)])
    write("secret", "12_two_nodes_many_edges", 2, [(0, 1)] * 1000)
    # At the bound: one long path, so relabelling every node at each union costs 4 * 10^10 steps.
    n = 200000
    write("secret", "13_bound_path", n, shuffled_path(random.sample(range(n), n)))


main()
