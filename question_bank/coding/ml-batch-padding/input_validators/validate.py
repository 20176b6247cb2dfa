"""Input validator of Bucketed batches: n and q (1 <= q <= n <= 200,000), a line of n lengths in [1, 10^6], a line
of q pairwise distinct batch sizes in [1, n].

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

N_MAX = 200_000
L_MAX = 10**6
POSITIVE = r"[1-9][0-9]*"


def fail(reason):
    print(reason)
    sys.exit(43)


def main():
    text = sys.stdin.read()
    match = re.fullmatch(rf"({POSITIVE}) ({POSITIVE})\n({POSITIVE}(?: {POSITIVE})*)\n({POSITIVE}(?: {POSITIVE})*)\n", text)
    if not match:
        fail("expected n and q, a line of lengths and a line of batch sizes (positive integers, single spaces)")
    n, q = int(match[1]), int(match[2])
    lengths, sizes = [int(x) for x in match[3].split(" ")], [int(x) for x in match[4].split(" ")]
    if not 1 <= q <= n <= N_MAX:
        fail(f"need 1 <= q <= n <= {N_MAX}")
    if len(lengths) != n or len(sizes) != q:
        fail(f"expected {n} lengths and {q} batch sizes, got {len(lengths)} and {len(sizes)}")
    if max(lengths) > L_MAX:
        fail(f"every length must be at most {L_MAX}")
    if max(sizes) > n or len(set(sizes)) != q:
        fail("the batch sizes must be pairwise distinct and at most n")


main()
sys.exit(42)
