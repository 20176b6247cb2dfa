"""The secret number: one integer from 1 to 1000 on a line of its own."""
import re
import sys

match = re.fullmatch(r"([1-9]\d*)\n", sys.stdin.read())
if not match or int(match[1]) > 1000:
    print("expected one integer from 1 to 1000 on its own line")
    sys.exit(43)
sys.exit(42)
