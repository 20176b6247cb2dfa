"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/edit.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(1953)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, a, b):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    (DATA / folder / f"{name}.in").write_text(f"{a}\n{b}\n")


def rs(n, alphabet="ACGT"):
    return "".join(random.choice(alphabet) for _ in range(n))


def mutate(s, k):
    s = list(s)
    for _ in range(k):
        op = random.randrange(3)
        i = random.randrange(len(s) + 1)
        if op == 0 or not s:
            s.insert(i, random.choice("ACGT"))
        elif op == 1 and i < len(s):
            del s[i]
        elif i < len(s):
            s[i] = random.choice("ACGT")
    return ("".join(s) or "A")[:1500]  # the statement bounds both fragments by 1500


def main():
    write("sample", "1", "GATTACA", "GCATGCT")
    write("sample", "2", "ACGT", "ACGT")
    write("sample", "3", "AAAA", "TTTT")
    write("secret", "01_single_letters_same", "A", "A")
    write("secret", "02_single_letters_diff", "C", "G")
    write("secret", "03_one_vs_long", "T", rs(1500))
    write("secret", "04_random_max", rs(1500), rs(1500))
    base = rs(1500)
    write("secret", "05_few_mutations", base, mutate(base, 40))
    write("secret", "06_shifted", "A" + base[:-1], base)
    write("secret", "07_identical_max", base, base)
    write("secret", "08_disjoint_alphabets", rs(1500, "AC"), rs(1400, "GT"))
    write("secret", "09_different_lengths", rs(1500), rs(700))
    write("secret", "10_small_random", rs(12), rs(10))
    write("secret", "11_many_mutations", base, mutate(base, 600))
    write("secret", "12_periodic", "ACGT" * 375, "CGTA" * 370)


main()
