"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(5150)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 200000
N_MAX = 500000


def write(folder, name, s):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(s) <= N_MAX and s.isascii() and s.isalpha() and s.islower()
    (DATA / folder / f"{name}.in").write_text(s + "\n")


def rand(n, letters="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(letters) for _ in range(n))


write("sample", "1", "kayakstats")
write("sample", "2", "afternoonx")
write("sample", "3", "racecarxyzzyx")

write("secret", "01_single", "q")
write("secret", "02_two_distinct", "ab")
write("secret", "03_two_same", "aa")
write("secret", "04_all_distinct", "abcdefghijklmnopqrstuvwxyz")
write("secret", "05_small_random", rand(40, "ab"))
write("secret", "06_max_all_same", "a" * N)
write("secret", "07_max_two_letters", rand(N, "ab"))
write("secret", "08_max_random", rand(N))
half = rand(60000, "ab")
write("secret", "09_max_even_hidden", rand(40000, "cd") + half + half[::-1] + rand(40000, "cd"))
half = rand(50000, "xyz")
write("secret", "10_max_odd_late", rand(N - 100001, "ab") + half + "q" + half[::-1])
write("secret", "11_max_nested", ("ab" * 50000 + "c" + "ba" * 49999)[:N])
write("secret", "12_max_aab_pattern", ("aab" * (N // 3 + 1))[:N])
# At the bound, one letter: expanding around every centre compares 6 * 10^10 letters.
write("secret", "13_bound_one_letter", "a" * N_MAX)
