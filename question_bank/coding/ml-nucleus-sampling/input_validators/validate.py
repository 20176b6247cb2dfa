"""Input validator of Nucleus sampling: n and q (1 to 200,000), n weights in [1, 10^6], then q lines "p r" with
1 <= p <= 100 and 0 <= r < 10^6.

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

N_MAX = Q_MAX = 200_000
W_MAX = 10**6


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
        fail("the first line must be n and q")
    n, q = int(head[1]), int(head[2])
    if not (1 <= n <= N_MAX and 1 <= q <= Q_MAX):
        fail(f"need 1 <= n <= {N_MAX} and 1 <= q <= {Q_MAX}")
    if len(lines) != q + 2:
        fail(f"expected the weights and {q} query lines")
    if not re.fullmatch(r"[1-9][0-9]*(?: [1-9][0-9]*)*", lines[1]):
        fail("the second line must hold positive integer weights separated by single spaces")
    weights = lines[1].split(" ")
    if len(weights) != n or any(int(w) > W_MAX for w in weights):
        fail(f"need n weights, each at most {W_MAX}")
    for number, line in enumerate(lines[2:], start=1):
        query = re.fullmatch(r"([1-9][0-9]*) (0|[1-9][0-9]*)", line)
        if not query or int(query[1]) > 100 or int(query[2]) >= 10**6:
            fail(f"query {number}: expected p (1 to 100) and r (0 to 999999)")


main()
sys.exit(42)
