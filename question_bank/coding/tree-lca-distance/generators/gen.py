"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/lifting.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(31337)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, parent, queries):
    """parent: list over nodes 1..n (index 0 unused, parent[1] = 0)."""
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    n = len(parent) - 1
    lines = [f"{n} {len(queries)}", " ".join(map(str, parent[2:]))] + [f"{u} {v}" for u, v in queries]
    (DATA / folder / f"{name}.in").write_text("\n".join(lines) + "\n")


def relabel(par0):
    """par0: parents over 0..n-1 with root 0 -> parents over 1..n with root 1, random labels."""
    n = len(par0)
    perm = [1] + random.sample(range(2, n + 1), n - 1)
    parent = [0] * (n + 1)
    for v in range(1, n):
        parent[perm[v]] = perm[par0[v]]
    return parent


def rq(n, q):
    return [(random.randint(1, n), random.randint(1, n)) for _ in range(q)]


def deep_ends(parent, q):
    """Queries between deep nodes of a tree (ends of long branches)."""
    n = len(parent) - 1
    depth = [0] * (n + 1)
    children = [[] for _ in range(n + 1)]
    for v in range(2, n + 1):
        children[parent[v]].append(v)
    order = [1]
    for v in order:
        for c in children[v]:
            depth[c] = depth[v] + 1
            order.append(c)
    deep = sorted(range(1, n + 1), key=depth.__getitem__)[-max(2, n // 20):]
    return [(random.choice(deep), random.choice(deep)) for _ in range(q)]


def chain(n):
    return [-1] + list(range(n - 1))


def two_arms(n):
    half = n // 2
    return [-1] + list(range(half - 1)) + [0] + list(range(half, n - 1))


def main():
    write("sample", "1", [0, 0, 1, 1, 2, 2, 3, 5], [(4, 5), (6, 7), (1, 7), (3, 3)])
    write("sample", "2", [0, 0, 3, 1, 2], [(4, 1), (2, 3)])
    g1 = "secret/group1"
    write(g1, "01_single", [0, 0], [(1, 1)] * 5)
    p = relabel(chain(1000))
    write(g1, "02_chain", p, deep_ends(p, 1000))
    p = relabel(two_arms(1000))
    write(g1, "03_two_arms", p, deep_ends(p, 1000))
    p = relabel([-1] + [random.randrange(v) for v in range(1, 1000)])
    write(g1, "04_random", p, rq(1000, 1000))
    p = relabel([-1] + [0] * 999)
    write(g1, "05_star", p, rq(1000, 1000))
    g2 = "secret/group2"
    n = 50000
    p = [0, 0] + list(range(1, n))
    write(g2, "01_chain_sorted", p, [(n - random.randrange(10), random.randint(1, 10)) for _ in range(n)])
    p = relabel(two_arms(n))
    write(g2, "02_two_arms", p, deep_ends(p, n))
    p = relabel([-1] + [random.randrange(v) for v in range(1, n)])
    write(g2, "03_random", p, rq(n, n))
    p = relabel([-1] + [max(0, v - random.randint(1, 4)) for v in range(1, n)])
    write(g2, "04_random_deep", p, deep_ends(p, n))
    p = relabel([-1] + [(v - 1) // 2 for v in range(1, 20000)])
    write(g2, "05_binary", p, rq(20000, 20000))
    write(g2, "06_single", [0, 0], [(1, 1)])
    # At the bound, two long arms: walking up from both people of every query takes about 10^10 steps.
    n = 100000
    p = relabel(two_arms(n))
    write(g2, "07_bound_two_arms", p, deep_ends(p, n))


main()
