"""Input validator of Sparse term counts: n and q (1 <= n <= 300,000, 1 <= q <= 200,000); n document lines
"k t1 c1 ... tk ck" with distinct term ids in [1, 10^9], counts in [1, 10^6] and at most 300,000 pairs in all;
q query lines "l r t" with 1 <= l <= r <= n and 1 <= t <= 10^9.

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

N_MAX = 300_000
Q_MAX = 200_000
NNZ_MAX = 300_000
T_MAX = 10**9
C_MAX = 10**6
INT = r"(?:0|[1-9][0-9]*)"
ROW = re.compile(rf"{INT}(?: {INT})*")


def fail(reason):
    print(reason)
    sys.exit(43)


def numbers(line, what):
    if not ROW.fullmatch(line):
        fail(f"{what}: expected integers separated by single spaces")
    return [int(x) for x in line.split(" ")]


def main():
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("the input must end with a newline")
    lines = text[:-1].split("\n")
    head = numbers(lines[0], "the first line")
    if len(head) != 2 or not (1 <= head[0] <= N_MAX and 1 <= head[1] <= Q_MAX):
        fail(f"the first line must be n and q with 1 <= n <= {N_MAX} and 1 <= q <= {Q_MAX}")
    n, q = head
    if len(lines) != 1 + n + q:
        fail(f"expected {n} document lines and {q} query lines, got {len(lines) - 1} lines")
    entries = 0
    for number, line in enumerate(lines[1:1 + n], start=1):
        row = numbers(line, f"document {number}")
        k, terms, counts = row[0], row[1::2], row[2::2]
        if len(row) != 1 + 2 * k:
            fail(f"document {number}: expected k and then k pairs 't c'")
        if len(set(terms)) != k or any(not 1 <= t <= T_MAX for t in terms) or any(not 1 <= c <= C_MAX for c in counts):
            fail(f"document {number}: need distinct terms in [1, {T_MAX}] and counts in [1, {C_MAX}]")
        entries += k
    if entries > NNZ_MAX:
        fail(f"the documents hold {entries} pairs, more than {NNZ_MAX}")
    for number, line in enumerate(lines[1 + n:], start=1):
        query = numbers(line, f"query {number}")
        if len(query) != 3 or not (1 <= query[0] <= query[1] <= n and 1 <= query[2] <= T_MAX):
            fail(f"query {number}: expected 'l r t' with 1 <= l <= r <= n and 1 <= t <= {T_MAX}")


main()
sys.exit(42)
