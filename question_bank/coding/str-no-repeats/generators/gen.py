"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(8080)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 300000


def write(folder, name, s):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(s) <= N and s.isascii() and s.isalpha() and s.islower()
    (DATA / folder / f"{name}.in").write_text(s + "\n")


def shuffled(parts):
    letters = list("".join(parts))
    rng.shuffle(letters)
    return "".join(letters)


write("sample", "1", "moon")
write("sample", "2", "xxxxyz")
write("sample", "3", "bbbaacc")

write("secret", "01_single", "z")
write("secret", "02_pair_same", "qq")
write("secret", "03_pair_diff", "qp")
write("secret", "04_aabbb", "aabbb")
write("secret", "05_odd_tight", "aaabb")
write("secret", "06_small_random", shuffled(rng.choice("abcd") for _ in range(30)))
write("secret", "07_max_tight_odd", shuffled(["m" * ((N - 1) // 2 + 1), "".join(rng.choice("abcxyz") for _ in range((N - 1) // 2))]))
write("secret", "08_max_one_too_many", shuffled(["k" * (N // 2 + 1), "".join(rng.choice("abc") for _ in range(N // 2 - 1))]))
write("secret", "09_max_random", "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(N)))
write("secret", "10_max_two_letters_even", shuffled(["y" * (N // 2), "z" * (N // 2)]))
write("secret", "11_max_late_letter_frequent", shuffled(["z" * (N // 2), "".join(rng.choice("ab") for _ in range(N // 2))]))
write("secret", "12_max_single_letter", "e" * N)
write("secret", "13_near_tight_second", shuffled(["a" * 99, "b" * 100, "c"]))
