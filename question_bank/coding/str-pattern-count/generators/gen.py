"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(161803)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 500000
N_MAX = 2000000
"""The statement's bound on |t|; the tests above stay at N, the two below reach it."""


def write(folder, name, t, p):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(p) <= len(t) <= N_MAX and set(t + p) <= set("ACGT")
    (DATA / folder / f"{name}.in").write_text(f"{t}\n{p}\n")


def rand(n, letters="ACGT"):
    return "".join(rng.choice(letters) for _ in range(n))


write("sample", "1", "GATATATGCATATAC", "ATA")
write("sample", "2", "AAAA", "AA")
write("sample", "3", "ACGT", "GA")

write("secret", "01_one_letter_hit", "G", "G")
write("secret", "02_one_letter_miss", "G", "T")
write("secret", "03_whole_text", "ACGTACGT", "ACGTACGT")
write("secret", "04_small_random", rand(60, "AC"), "ACA")
write("secret", "05_max_all_A_short", "A" * N, "AAA")
write("secret", "06_max_all_A_half", "A" * N, "A" * (N // 2))
write("secret", "07_max_near_miss", "A" * N, "A" * (N // 2 - 1) + "C")
write("secret", "08_max_period", "ACA" * (N // 3), "ACAACAACA" * 1000 + "AC")
t = rand(N)
write("secret", "09_max_random_short", t, t[1000:1006])
unit = "ACGTTGCA"
t = list(unit * (N // len(unit)))
for _ in range(8):
    t[rng.randrange(len(t))] = "G"
write("secret", "10_max_periodic_noise", "".join(t), unit * 3000)
write("secret", "11_max_last_only", "C" * (N - 100) + "ACGT" * 25, "C" * 40000 + "ACGT")
write("secret", "12_max_alternating", "AC" * (N // 2), "ACACA" + "CA" * 100000)
# At the bound: a memcmp (or startsWith, or Boyer-Moore) at every position does about 10^12 comparisons.
write("secret", "13_bound_near_miss", "A" * N_MAX, "A" * (N_MAX // 2 - 1) + "C")
write("secret", "14_bound_all_A_half", "A" * N_MAX, "A" * (N_MAX // 2))
