"""Input validator of One-time visitor: n (1 to 300,000), then n ids in [0, 10^9].

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


def main():
    first, second = lines(2)
    n, = numbers(first, 1, 1, 300_000, "line 1")
    numbers(second, n, 0, 10**9, "line 2")


main()
sys.exit(42)
