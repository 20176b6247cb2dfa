"""Input validator of Kinship: n and q (1 to 100,000; 1,000 with the flag small), n - 1 parents forming a tree rooted at 1, then q queries u v.

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


def is_rooted_tree(parent, root):
    """True when following ``parent`` from every node reaches ``root`` (no cycle, one tree)."""
    state = [0] * len(parent)  # 0 unseen, 1 on the current walk, 2 reaches the root
    state[root] = 2
    for start in range(len(parent)):
        walk, node = [], start
        while state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = parent[node]
        if state[node] == 1:
            return False
        for seen in walk:
            state[seen] = 2
    return True


def main():
    found = lines()
    limit = 1000 if "small" in sys.argv[1:] else 100_000
    n, q = numbers(found[0], 2, 1, limit, "line 1")
    if len(found) != q + 2:
        fail(f"expected the parents line and {q} queries, found {len(found) - 1} lines")
    parent = [0] + [p - 1 for p in numbers(found[1], n - 1, 1, n, "line 2")]  # 0-based, the root its own
    if not is_rooted_tree(parent, 0):
        fail("the parents do not form a tree rooted at person 1")
    for number, line in enumerate(found[2:], 3):
        numbers(line, 2, 1, n, f"line {number}")


main()
sys.exit(42)
