"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(1234)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 300000
N_MAX = 1000000


def write(folder, name, s):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(s) <= N_MAX and s.isascii() and s.isalpha() and s.islower()
    (DATA / folder / f"{name}.in").write_text(s + "\n")


def runs(n, max_run, letters="abcdefghijklmnopqrstuvwxyz"):
    out, prev = [], None
    while len(out) < n:
        c = rng.choice([x for x in letters if x != prev])
        out.extend(c * rng.randint(1, max_run))
        prev = c
    return "".join(out[:n])


write("sample", "1", "aaabccdddd")
write("sample", "2", "z" * 12)
write("sample", "3", "abab")

write("secret", "01_one_letter", "q")
write("secret", "02_two_same", "xx")
write("secret", "03_two_different", "xy")
write("secret", "04_ten_run", "b" * 10)
write("secret", "05_small_random", runs(50, 4, "ab"))
write("secret", "06_max_single_run", "m" * N)
write("secret", "07_max_alternating", "ab" * (N // 2))
write("secret", "08_max_short_runs", runs(N, 3))
write("secret", "09_max_long_runs", runs(N, 5000))
write("secret", "10_max_ends_with_run", runs(N - 59999, 20) + "z" * 59999)
write("secret", "11_max_all_distinct_cycle", ("abcdefghijklmnopqrstuvwxyz" * (N // 26 + 1))[:N])
# At the bound, runs of one or two letters: copying the rest of the string after every letter (or growing the
# output by copying it) moves about 5 * 10^11 bytes.
write("secret", "12_bound_short_runs", runs(N_MAX, 2))
