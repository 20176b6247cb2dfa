"""Input validator of Serving slots: n, C and T (1 <= C <= n <= 300,000, 0 <= T <= 10^12), then n lines "a d" with
0 <= a <= 10^9 non-decreasing and 1 <= d <= 10^6.

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

N_MAX = 300_000
T_MAX = 10**12
A_MAX = 10**9
D_MAX = 10**6
INT = r"(0|[1-9][0-9]*)"


def fail(reason):
    print(reason)
    sys.exit(43)


def main():
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("the input must end with a newline")
    lines = text[:-1].split("\n")
    head = re.fullmatch(rf"{INT} {INT} {INT}", lines[0])
    if not head:
        fail("the first line must be n, C and T")
    n, slots, patience = int(head[1]), int(head[2]), int(head[3])
    if not (1 <= slots <= n <= N_MAX and patience <= T_MAX):
        fail(f"need 1 <= C <= n <= {N_MAX} and 0 <= T <= {T_MAX}")
    if len(lines) != n + 1:
        fail(f"expected {n} request lines, got {len(lines) - 1}")
    previous = 0
    request = re.compile(rf"{INT} {INT}")
    for number, line in enumerate(lines[1:], start=1):
        match = request.fullmatch(line)
        if not match:
            fail(f"request {number}: expected 'a d'")
        arrival, duration = int(match[1]), int(match[2])
        if not (previous <= arrival <= A_MAX and 1 <= duration <= D_MAX):
            fail(f"request {number}: need a_(i-1) <= a_i <= {A_MAX} and 1 <= d <= {D_MAX}")
        previous = arrival


main()
sys.exit(42)
