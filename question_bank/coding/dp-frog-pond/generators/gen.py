"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/window.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(31415)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, n, k, rotten):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    random.shuffle(rotten)
    (DATA / folder / f"{name}.in").write_text(f"{n} {k} {len(rotten)}\n{' '.join(map(str, rotten))}\n")


def main():
    write("sample", "1", 2, 2, [])
    write("sample", "2", 3, 2, [2])
    write("secret", "01_one_pad_k1", 1, 1, [])
    write("secret", "02_one_pad_big_k", 1, 10**6, [])
    write("secret", "03_k1_long", 10**6, 1, [])
    write("secret", "04_k1_blocked", 10**6, 1, [500000])
    write("secret", "05_big_n_small_k", 10**6, 6, random.sample(range(1, 10**6), 30))
    write("secret", "06_big_n_big_k", 10**6, 1000, random.sample(range(1, 10**6), 3000))
    write("secret", "07_k_equals_n", 10**6, 10**6, [])
    write("secret", "08_wall_of_k_rotten", 100000, 10, list(range(500, 510)))
    write("secret", "09_wall_almost", 100000, 10, list(range(500, 509)))
    write("secret", "10_tiny_probability", 50, 1000, random.sample(range(1, 50), 20))
    write("secret", "11_small", 10, 3, [4, 7])
    write("secret", "12_no_rotten_mid_k", 777777, 123, [])
    write("secret", "13_many_rotten_huge_k", 10**6, 10**5, random.sample(range(1, 10**6), 10**5))
    write("secret", "14_dense_rotten", 200000, 50, random.sample(range(1, 200000), 100000))


main()
