"""Input validator of Embedding spread: n and d (2 <= n, 1 <= d, n * d <= 400,000), then n lines of d integers
in [-10^6, 10^6].

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

ND_MAX = 400_000
X_MAX = 10**6
INT = r"-?(?:0|[1-9][0-9]*)"


def fail(reason):
    print(reason)
    sys.exit(43)


def main():
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("the input must end with a newline")
    lines = text[:-1].split("\n")
    head = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
    if not head:
        fail("the first line must be n and d")
    n, d = int(head[1]), int(head[2])
    if not (n >= 2 and n * d <= ND_MAX):
        fail(f"need 2 <= n, 1 <= d and n * d <= {ND_MAX}")
    if len(lines) != n + 1:
        fail(f"expected {n} vector lines, got {len(lines) - 1}")
    row = re.compile(rf"{INT}(?: {INT}){{{d - 1}}}")
    for number, line in enumerate(lines[1:], start=1):
        if not row.fullmatch(line) or line.startswith("-0") or " -0" in line:
            fail(f"vector {number}: expected {d} integers separated by single spaces, without -0")
        if any(abs(int(x)) > X_MAX for x in line.split(" ")):
            fail(f"vector {number}: every coordinate must be between -{X_MAX} and {X_MAX}")


main()
sys.exit(42)
