"""n, then n integers on one line; with the flag `positive` every number must be > 0 (group 1)."""
import re
import sys

data = sys.stdin.read()
match = re.fullmatch(r"([1-9]\d*)\n(-?\d+(?: -?\d+)*)\n", data)
if not match or len(match[2].split()) != int(match[1]):
    print("expected n, then a line of n integers")
    sys.exit(43)
if "positive" in sys.argv[1:] and any(int(x) <= 0 for x in match[2].split()):
    print("this group promises positive numbers only")
    sys.exit(43)
sys.exit(42)
