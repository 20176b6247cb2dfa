"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/bookings.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(1235)
DATA = Path(__file__).resolve().parent.parent / "data"
T, P = 10**9, 10**9


def write(folder, name, jobs):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    if folder != "sample":  # samples stay as in the statement
        random.shuffle(jobs)
    (DATA / folder / f"{name}.in").write_text("\n".join([str(len(jobs))] + [f"{s} {e} {p}" for s, e, p in jobs]) + "\n")


def rjob(maxlen, tmax=T, pmax=P):
    s = random.randint(0, tmax - 1)
    e = min(tmax, s + random.randint(1, maxlen))
    return (s, e, random.randint(1, pmax))


def main():
    write("sample", "1", [(0, 4, 30), (4, 9, 45), (2, 6, 60), (6, 12, 40), (9, 10, 25)])
    write("sample", "2", [(5, 8, 10), (1, 3, 70), (2, 9, 75)])
    write("secret", "01_single", [(0, 10**9, 10**9)])
    write("secret", "02_identical", [(5, 7, 3)] * 5)
    n = 30000
    # back-to-back chain, every booking taken: sum near 3 * 10^13
    write("secret", "03_touching_chain", [(i, i + 1, P - random.randint(0, 1000)) for i in range(n)])
    write("secret", "04_random_short", [rjob(10**5) for _ in range(n)])
    write("secret", "05_random_long", [rjob(10**8) for _ in range(n)])
    write("secret", "06_nested", [(i, 2 * n - i, random.randint(1, P)) for i in range(n)])
    # one long lucrative booking versus many small ones
    jobs = [(i * 10, i * 10 + 10, 1000) for i in range(n - 1)] + [(0, (n - 1) * 10, 1000 * (n - 1) + 1)]
    write("secret", "07_one_big_vs_many", jobs)
    write("secret", "08_same_start", [(0, random.randint(1, T), random.randint(1, P)) for _ in range(n)])
    write("secret", "09_small_times", [rjob(5, 50, 100) for _ in range(n)])
    write("secret", "10_small", [rjob(4, 12, 10) for _ in range(8)])
    write("secret", "11_greedy_trap", [(1, 2, 1), (2, 3, 1), (1, 3, 5), (3, 4, 1), (3, 6, 7), (4, 6, 2)])
    # At the bound: a DP that looks back over every earlier booking makes 2 * 10^10 comparisons.
    n = 200000
    write("secret", "12_bound_random", [rjob(5000, 10**6, 999) for _ in range(n)])


main()
