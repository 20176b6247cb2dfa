"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/digit_dp.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(777)
DATA = Path(__file__).resolve().parent.parent / "data"
MAX = 10**18


def write(folder, name, a, b, k):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    (DATA / folder / f"{name}.in").write_text(f"{a} {b} {k}\n")


def main():
    write("sample", "1", 1, 100, 7)
    write("sample", "2", MAX, MAX, 1)
    write("secret", "01_k1_everything", 1, MAX, 1)
    write("secret", "02_single_lucky", 70, 70, 7)
    write("secret", "03_single_unlucky", 14, 14, 7)
    write("secret", "04_small_range", 1, 1000, 3)
    write("secret", "05_full_range_k50", 1, MAX, 50)
    write("secret", "06_full_range_k49", 1, MAX, 49)
    write("secret", "07_full_range_k9", 1, MAX, 9)
    write("secret", "08_random_big", random.randint(1, MAX // 2), random.randint(MAX // 2, MAX), 37)
    write("secret", "09_lucky_lower_end", 10**17 * 4 + 10**16 * 4 + 4 * 10**15 + 4, MAX - 1, 4)
    a = random.randint(1, MAX)
    write("secret", "10_random_narrow", a, min(MAX, a + 10**6), 13)
    write("secret", "11_k2", 999999999999999999, MAX, 2)
    write("secret", "12_random_k", random.randint(1, 10**9), random.randint(10**17, MAX), random.randint(20, 50))
    write("secret", "13_power_of_ten_edges", 10**9, 10**12, 10)


main()
