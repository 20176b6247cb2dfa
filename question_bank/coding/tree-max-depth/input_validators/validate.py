"""Input validator of Max depth: n (1 to 300,000), then n - 1 parents forming a binary tree rooted at 0.

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
    first, second = lines(2)
    n, = numbers(first, 1, 1, 300_000, "line 1")
    parent = [0] + numbers(second, n - 1, 0, n - 1, "line 2")
    if not is_rooted_tree(parent, 0):
        fail("the parents do not form a tree rooted at node 0")
    children = [0] * n
    for node in range(1, n):
        children[parent[node]] += 1
    if max(children) > 2:
        fail("a node has more than two children")


main()
sys.exit(42)
