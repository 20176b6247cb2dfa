"""Input validator of Running variance: n (1 to 200,000), then n integer readings in [0, 10^6].

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

N_MAX = 200_000
X_MAX = 10**6


def fail(reason):
    print(reason)
    sys.exit(43)


def main():
    match = re.fullmatch(r"([1-9][0-9]*)\n((?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*)\n", sys.stdin.read())
    if not match:
        fail("expected n, then a line of non-negative integer readings")
    n, readings = int(match[1]), match[2].split(" ")
    if not 1 <= n <= N_MAX or len(readings) != n:
        fail(f"need 1 <= n <= {N_MAX} and exactly n readings")
    if any(int(x) > X_MAX for x in readings):
        fail(f"every reading must be at most {X_MAX}")


main()
sys.exit(42)
