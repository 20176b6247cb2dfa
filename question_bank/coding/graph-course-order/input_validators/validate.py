"""Input validator of Course planner: n (1 to 200,000) and m (0 to 200,000), then m prerequisite pairs u v with 0 <= u, v < n.

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
    found = lines()
    n, m = numbers(found[0], 2, 0, 200_000, "line 1")
    if n < 1:
        fail("n must be at least 1")
    if len(found) != m + 1:
        fail(f"expected {m} pairs after the first line, found {len(found) - 1}")
    for number, line in enumerate(found[1:], 2):
        numbers(line, 2, 0, n - 1, f"line {number}")


main()
sys.exit(42)
