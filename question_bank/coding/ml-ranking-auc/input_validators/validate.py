"""Input validator of Ranking quality: n (2 to 400,000), n integer scores in [0, 10^9], n labels 0 or 1 with both present.

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

N_MAX = 400_000
S_MAX = 10**9


def fail(reason):
    print(reason)
    sys.exit(43)


def main():
    text = sys.stdin.read()
    match = re.fullmatch(r"([1-9][0-9]*)\n((?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*)\n([01](?: [01])*)\n", text)
    if not match:
        fail("expected n, a line of scores (non-negative integers) and a line of labels 0 or 1")
    n, scores, labels = int(match[1]), match[2].split(" "), match[3].split(" ")
    if not 2 <= n <= N_MAX or len(scores) != n or len(labels) != n:
        fail(f"need 2 <= n <= {N_MAX} and n scores and n labels")
    if any(int(score) > S_MAX for score in scores):
        fail(f"every score must be at most {S_MAX}")
    if "0" not in labels or "1" not in labels:
        fail("both labels must occur")


main()
sys.exit(42)
