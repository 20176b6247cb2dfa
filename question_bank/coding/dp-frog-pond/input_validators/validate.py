"""Input validator of Frog pond: n, k, m (n, k in 1..10^6, m in 0..10^5), then m distinct rotten pads in [1, n - 1].

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
    n, k, m = numbers(first, 3, 0, 10**6, "line 1")
    if n < 1 or k < 1 or m > 100_000:
        fail("need 1 <= n, k <= 10^6 and 0 <= m <= 10^5")
    pads = numbers(second, m, 1, n - 1, "line 2")
    if len(set(pads)) != m:
        fail("the rotten pads must be distinct")


main()
sys.exit(42)
