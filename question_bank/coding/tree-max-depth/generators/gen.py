"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/depth.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(20261128)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, n, parent):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    (DATA / folder / f"{name}.in").write_text(f"{n}\n{' '.join(map(str, parent[1:]))}\n")


def relabel(n, parent):
    """Random labels keeping node 0 as root."""
    perm = [0] + random.sample(range(1, n), n - 1)
    new = [0] * n
    for v in range(1, n):
        new[perm[v]] = perm[parent[v]]
    return new


def random_binary(n, bias=None):
    parent, free = [-1], [0, 0]  # free slots: node ids with room for a child
    for v in range(1, n):
        if bias == "deep":
            i = len(free) - 1 - min(len(free) - 1, int(random.expovariate(1.0)))
        else:
            i = random.randrange(len(free))
        p = free[i]
        free[i] = free[-1]
        free.pop()
        parent.append(p)
        free += [v, v]
    return parent


def main():
    write("sample", "1", 5, [-1, 0, 0, 1, 1])
    write("sample", "2", 1, [-1])
    write("sample", "3", 4, [-1, 0, 1, 2])
    write("secret", "01_single", 1, [-1])
    write("secret", "02_two", 2, [-1, 0])
    n = 100000
    write("secret", "03_chain", n, [-1] + list(range(n - 1)))
    write("secret", "04_chain_relabelled", n, relabel(n, [-1] + list(range(n - 1))))
    complete = [-1] + [(v - 1) // 2 for v in range(1, n)]
    write("secret", "05_complete", n, complete)
    # right-heavy: each node's second child continues the chain (depth only via right children)
    parent = [-1]
    for v in range(1, n):
        parent.append(0 if v <= 2 else (v - 1 if v % 2 == 0 else v - 2))
    write("secret", "06_right_spine", n, parent)
    for i in range(4):
        size = [10, 1000, n, n][i]
        write("secret", f"{7 + i:02d}_random", size, relabel(size, random_binary(size)))
    write("secret", "11_random_deep", n, relabel(n, random_binary(n, "deep")))
    # two interleaved chains from the root
    parent = [-1]
    for v in range(1, n):
        parent.append(v - 2 if v >= 2 else 0)
    write("secret", "12_two_chains", n, relabel(n, parent))
    # At the bound: walking up from every node of a chain takes 4.5 * 10^10 steps, and a breadth-first search
    # that re-slices its queue after every pop copies about 2 * 10^10 entries on a complete tree.
    n = 300000
    write("secret", "13_bound_chain_relabelled", n, relabel(n, [-1] + list(range(n - 1))))
    write("secret", "14_bound_complete", n, relabel(n, [-1] + [(v - 1) // 2 for v in range(1, n)]))

main()
