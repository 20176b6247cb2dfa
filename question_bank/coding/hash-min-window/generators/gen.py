"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(271828)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 300000
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def write(folder, name, s, t):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(s) <= N and 1 <= len(t) <= N and set(s + t) <= set(ALPHA)
    (DATA / folder / f"{name}.in").write_text(f"{s}\n{t}\n")


def rand(n, letters=ALPHA):
    return "".join(rng.choice(letters) for _ in range(n))


write("sample", "1", "pineappleorangepear", "rap")
write("sample", "2", "abcab", "aab")
write("sample", "3", "abc", "abcc")

write("secret", "01_single_hit", "q", "q")
write("secret", "02_single_miss", "q", "r")
write("secret", "03_t_longer", "ab", "abb")
write("secret", "04_whole_string", "xyzzy", "zyzyx")
write("secret", "05_small_random", rand(50, "abcd"), "abca")
write("secret", "06_small_multiplicity", "abacbbcaab", "bbb")
write("secret", "07_max_random_alphabet", rand(N), ALPHA)
write("secret", "08_max_long_answer", "a" * (N // 2) + rand(N // 2 - 1, "ab") + "z", "a" * 1000 + "z")
write("secret", "09_max_missing_letter", rand(N, ALPHA[:-1]), "az")
t = rand(20000, "abcde")
write("secret", "10_max_big_t", rand(N, "abcde"), t)
write("secret", "11_max_all_of_s", rand(N), "q" * 10)
s = "b" * (N - 5) + "aaaab"
write("secret", "12_max_surplus_then_need", s, "aaaab")
write("secret", "13_max_tie_leftmost", ("xyz" * (N // 3))[:N], "zyx")
# At the bounds, |s| = |t| = 300,000: only the whole of s covers t, so extending a window from every start
# reads 4.5 * 10^10 letters.
s = rand(N)
t = list(s)
rng.shuffle(t)
write("secret", "14_bound_t_is_all_of_s", s, "".join(t))
