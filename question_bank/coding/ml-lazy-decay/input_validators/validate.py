"""Input validator of Weight decay, lazily: n steps (1 to 200,000) and a decay 0 <= lambda < 1 (at most six
decimals), then n lines "c j1 g1 ... jc gc" with ids 1 to 10^9 distinct within a line, 1 <= |g| <= 1000, and
1 to 300,000 entries in all.

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

N_MAX = 200_000
ENTRIES_MAX = 300_000
ID_MAX = 10**9
G_MAX = 1000
INT = r"(?:0|[1-9][0-9]*)"
STEP = re.compile(rf"{INT}(?: {INT} -?[1-9][0-9]*)*")


def fail(reason):
    print(reason)
    sys.exit(43)


def main():
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("the input must end with a newline")
    lines = text[:-1].split("\n")
    head = re.fullmatch(rf"([1-9][0-9]*) (0|0\.[0-9]{{1,6}})", lines[0])
    if not head:
        fail("the first line must be n and lambda (0, or 0. followed by one to six digits)")
    n = int(head[1])
    if not 1 <= n <= N_MAX:
        fail(f"need 1 <= n <= {N_MAX}")
    if len(lines) != n + 1:
        fail(f"expected {n} step lines, got {len(lines) - 1}")
    entries = 0
    for number, line in enumerate(lines[1:], start=1):
        if not STEP.fullmatch(line):
            fail(f"step {number}: expected c followed by c pairs 'id gradient'")
        tokens = line.split(" ")
        c = int(tokens[0])
        if len(tokens) != 2 * c + 1:
            fail(f"step {number}: c = {c} but {(len(tokens) - 1) / 2:g} pairs")
        ids = [int(x) for x in tokens[1::2]]
        if any(not 1 <= j <= ID_MAX for j in ids):
            fail(f"step {number}: ids must be between 1 and {ID_MAX}")
        if len(set(ids)) != c:
            fail(f"step {number}: ids must be distinct within a step")
        if any(abs(int(g)) > G_MAX for g in tokens[2::2]):
            fail(f"step {number}: gradients must satisfy 1 <= |g| <= {G_MAX}")
        entries += c
    if not 1 <= entries <= ENTRIES_MAX:
        fail(f"need between 1 and {ENTRIES_MAX} entries in all, got {entries}")


main()
sys.exit(42)
