"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/kahn.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(555)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, n, pairs):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    (DATA / folder / f"{name}.in").write_text("\n".join([f"{n} {len(pairs)}"] + [f"{u} {v}" for u, v in pairs]) + "\n")


def random_dag(n, m, order=None):
    order = order or random.sample(range(n), n)
    pairs = []
    for _ in range(m):
        i, j = sorted(random.sample(range(n), 2))
        pairs.append((order[i], order[j]))
    return pairs


def main():
    write("sample", "1", 4, [(0, 1), (0, 2), (2, 1)])
    write("sample", "2", 3, [(0, 1), (1, 2), (2, 0)])
    write("secret", "01_single", 1, [])
    write("secret", "02_self_loop", 1, [(0, 0)])
    write("secret", "03_two_cycle", 2, [(0, 1), (1, 0)])
    n = 50000
    write("secret", "04_chain_reversed", n, [(i + 1, i) for i in range(n - 1)])
    perm = random.sample(range(n), n)
    chain = [(perm[i], perm[i + 1]) for i in range(n - 1)]
    random.shuffle(chain)
    write("secret", "05_chain_shuffled", n, chain)
    write("secret", "06_chain_closed_cycle", n, chain + [(perm[-1], perm[0])])
    write("secret", "07_random_dag", n, random_dag(n, n))
    pairs = random_dag(n, n - 1)
    pairs.insert(random.randrange(len(pairs)), (pairs[0][1], pairs[0][0]))
    write("secret", "08_random_one_back_edge", n, pairs)
    write("secret", "09_no_prerequisites", n, [])
    pairs = [(0, v) for v in range(1, 10000)] + [(v, 19999) for v in range(1, 10000)]
    write("secret", "10_diamond_duplicates", 20000, pairs + pairs[:1000])
    dag = random_dag(2000, 3000)
    write("secret", "11_dag_plus_self_loop_far", 2000, dag + [(1999, 1999)])
    write("secret", "12_small_dag", 8, random_dag(8, 10))
    # layered DAG: many independent courses per layer
    order = random.sample(range(20000), 20000)
    pairs = [(order[i], order[i + 1000]) for i in range(20000 - 1000)]
    random.shuffle(pairs)
    write("secret", "13_layers", 20000, pairs)
    # At the bound: a reversed chain, so scanning all courses for a free one costs 4 * 10^10 steps.
    n = 200000
    write("secret", "14_bound_chain_reversed", n, [(i + 1, i) for i in range(n - 1)])


main()
