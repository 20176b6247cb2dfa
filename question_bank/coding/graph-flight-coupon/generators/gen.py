"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/layered.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(4711)
DATA = Path(__file__).resolve().parent.parent / "data"
MAXC = 10**6


def write(folder, name, n, flights):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    if folder != "sample":  # samples stay as in the statement
        random.shuffle(flights)
    (DATA / folder / f"{name}.in").write_text("\n".join([f"{n} {len(flights)}"] + [f"{a} {b} {c}" for a, b, c in flights]) + "\n")


def rc(lo=1, hi=MAXC):
    return random.randint(lo, hi)


def random_graph(n, m, hi=MAXC):
    perm = [1] + random.sample(range(2, n), n - 2) + [n]
    flights = [(perm[i], perm[i + random.randint(1, 3)] if i + 3 < n else perm[-1], rc(1, hi)) for i in range(n - 1)]
    while len(flights) < m:
        a, b = random.randint(1, n), random.randint(1, n)
        if a != b:
            flights.append((a, b, rc(1, hi)))
    return flights


def main():
    write("sample", "1", 4, [(1, 2, 8), (2, 4, 6), (1, 3, 5), (3, 4, 9), (4, 1, 2)])
    write("sample", "2", 4, [(1, 2, 10), (2, 4, 10), (1, 3, 2), (3, 4, 16)])
    write("sample", "3", 3, [(2, 3, 4)])
    write("secret", "01_one_flight_odd", 2, [(1, 2, 1)])
    write("secret", "02_no_flights", 2, [])
    write("secret", "03_wrong_direction", 2, [(2, 1, 5)])
    n = 30000
    write("secret", "04_chain_max", n, [(v, v + 1, MAXC) for v in range(1, n)])
    write("secret", "05_random", n, random_graph(n, 50000))
    write("secret", "06_random_small_prices", n, random_graph(n, 50000, 10))
    # greedy trap: the cheapest route has many cheap flights, the best trip halves one huge direct flight
    write("secret", "07_greedy_trap", 1001, [(v, v + 1, 100) for v in range(1, 1001)] + [(1, 1001, 150000)])
    # unreachable: two halves, flights only from the second half back to the first
    half = n // 2
    flights = [(v, v + 1, rc()) for v in range(1, half)] + [(v, v + 1, rc()) for v in range(half + 1, n)]
    flights += [(random.randint(half + 1, n), random.randint(1, half), rc()) for _ in range(10000)]
    write("secret", "08_unreachable", n, flights)
    write("secret", "09_parallel", 3, [(1, 2, 9), (1, 2, 6), (2, 3, 7), (2, 3, 8), (1, 3, 15)])
    write("secret", "10_small_random", 8, random_graph(8, 20, 20))
    write("secret", "11_dense_small", 300, random_graph(300, 50000))


main()
