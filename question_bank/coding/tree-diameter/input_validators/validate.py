"""Input validator of Network diameter: n (1 to 100,000), then n - 1 cables u v w (u != v, 1 <= w <= 10^6) forming a tree.

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

INT = r"(?:0|-?[1-9][0-9]*)"


def fail(reason):
    print(reason)
    sys.exit(43)


def numbers(line, count, low, high, what):
    """The ``count`` integers of ``line`` (single spaces), each in [low, high]."""
    if count == 0:
        if line:
            fail(f"{what}: expected an empty line")
        return []
    if not re.fullmatch(rf"{INT}(?: {INT}){{{count - 1}}}", line):
        fail(f"{what}: expected {count} integers separated by single spaces")
    values = [int(word) for word in line.split(" ")]
    if not all(low <= value <= high for value in values):
        fail(f"{what}: every value must lie in [{low}, {high}]")
    return values


def lines(count=None):
    """The input's lines (it must end with a newline); exactly ``count`` of them when given."""
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("the input must end with a newline")
    found = text[:-1].split("\n")
    if count is not None and len(found) != count:
        fail(f"expected {count} lines, found {len(found)}")
    return found


def is_tree(n, edges):
    """True when the n - 1 undirected ``edges`` on nodes 1..n connect them all."""
    root = list(range(n + 1))

    def find(x):
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for u, v, _ in edges:
        a, b = find(u), find(v)
        if a == b:
            return False
        root[a] = b
    return True


def main():
    found = lines()
    n, = numbers(found[0], 1, 1, 100_000, "line 1")
    if len(found) != n:
        fail(f"expected {n - 1} edges after the first line, found {len(found) - 1}")
    edges = [numbers(line, 3, 1, max(n, 10**6), f"line {number}") for number, line in enumerate(found[1:], 2)]
    if any(u > n or v > n or u == v or w > 10**6 for u, v, w in edges):
        fail("every edge joins two different nodes in [1, n] and weighs 1 to 10**6")
    if not is_tree(n, edges):
        fail("the edges do not form a tree")


main()
sys.exit(42)
