"""Input validator of BPE merges: a text of 1 to 200,000 characters in [a-z_], m (1 <= m <= 100,000), then m
distinct rules "a b" of non-empty strings over [a-z_] with |a| + |b| <= 20.

Exits 42 for a valid input, 43 (saying why) otherwise; the bank check runs it on every input.
"""
import re
import sys

TEXT_MAX = 200_000
M_MAX = 100_000
RULE_MAX = 20


def fail(reason):
    print(reason)
    sys.exit(43)


def main():
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("the input must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) < 2 or not re.fullmatch(r"[a-z_]+", lines[0]) or len(lines[0]) > TEXT_MAX:
        fail(f"the first line must be 1 to {TEXT_MAX} characters a-z or _")
    if not re.fullmatch(r"[1-9][0-9]*", lines[1]) or int(lines[1]) > M_MAX:
        fail(f"the second line must be m, 1 <= m <= {M_MAX}")
    m = int(lines[1])
    if len(lines) != m + 2:
        fail(f"expected {m} rule lines, got {len(lines) - 2}")
    rule = re.compile(r"[a-z_]+ [a-z_]+")
    for number, line in enumerate(lines[2:], start=1):
        if not rule.fullmatch(line) or len(line) - 1 > RULE_MAX:
            fail(f"rule {number}: expected 'a b', two strings over a-z and _ of total length at most {RULE_MAX}")
    if len(set(lines[2:])) != m:
        fail("two rules are the same pair")


main()
sys.exit(42)
