"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in."""
import random
from pathlib import Path

rng = random.Random(2718)
DATA = Path(__file__).resolve().parent.parent / "data"
N = 500000
PAIRS = ["()", "[]", "{}"]


def write(folder, name, s):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    assert 1 <= len(s) <= N and set(s) <= set("()[]{}")
    (DATA / folder / f"{name}.in").write_text(s + "\n")


def balanced(n, deep):
    """A correct line of length n (even): random nesting, deeper when deep is set."""
    out, stack = [], []
    while len(out) + len(stack) < n:
        if stack and (len(out) + 2 * len(stack) >= n or rng.random() < (0.1 if deep else 0.5)):
            out.append(stack.pop())
        else:
            p = rng.choice(PAIRS)
            out.append(p[0])
            stack.append(p[1])
    out.extend(reversed(stack))
    return "".join(out)


write("sample", "1", "{[()]}([])")
write("sample", "2", "([)]")
write("sample", "3", "(()")

write("secret", "01_single_open", "(")
write("secret", "02_single_close", "}")
write("secret", "03_close_first", ")(")
write("secret", "04_pair", "[]")
write("secret", "05_crossed", "{(})")
write("secret", "06_small_ok", balanced(40, False))
s = balanced(60, True)
write("secret", "07_small_mismatch", s[:30] + ("]" if s[30] != "]" else ")") + s[31:])
write("secret", "08_max_deep_ok", "([{" * (N // 6) + "}])" * (N // 6))
write("secret", "09_max_deep_unclosed", "(" * (N - 1) + ")")
write("secret", "10_max_random_ok", balanced(N, False))
s = balanced(N, True)
k = N - 1000
while s[k] in "([{":
    k += 1
bad = {")": "]", "]": "}", "}": ")"}[s[k]]
write("secret", "11_max_late_mismatch", s[:k] + bad + s[k + 1:])
s = balanced(N - 2, True)
write("secret", "12_max_extra_close_at_end", s + "])")
write("secret", "13_max_counts_balanced", "([" * (N // 4) + ")]" * (N // 4))
