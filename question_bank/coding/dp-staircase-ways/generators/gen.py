"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/ways.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(17)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, n, steps):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    (DATA / folder / f"{name}.in").write_text(f"{n} {len(steps)}\n{' '.join(map(str, steps))}\n")


def main():
    write("sample", "1", 4, [1, 2])
    write("sample", "2", 7, [2, 4])
    write("secret", "01_n1", 1, [1])
    write("secret", "02_stride_too_long", 1, [2, 3])
    write("secret", "03_fibonacci_small", 30, [1, 2])
    write("secret", "04_only_ones_max", 100000, [1])
    write("secret", "05_fibonacci_max", 100000, [1, 2])
    write("secret", "06_ten_small_strides", 100000, list(range(1, 11)))
    write("secret", "07_ten_large_strides", 100000, random.sample(range(1, 101), 10))
    write("secret", "08_even_strides_odd_n", 99999, [2, 4, 6, 8, 10, 20, 40, 60, 80, 100])
    write("secret", "09_unsorted", 54321, [7, 3, 100, 1])
    write("secret", "10_medium", 60, [3, 5, 1])
    write("secret", "11_single_large_stride", 100000, [100])
    write("secret", "12_random", 87654, random.sample(range(1, 101), 6))


main()
