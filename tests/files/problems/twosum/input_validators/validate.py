"""n and target, then n integers: exactly one pair of distinct indices sums to the target."""
import re
import sys

match = re.fullmatch(r"(\d+) (-?\d+)\n(-?\d+(?: -?\d+)*)\n", sys.stdin.read())
numbers = [int(x) for x in match[3].split()] if match else []
if not match or len(numbers) != int(match[1]):
    print("expected 'n target', then a line of n integers")
    sys.exit(43)
target = int(match[2])
pairs = sum(numbers[i] + numbers[j] == target for i in range(len(numbers)) for j in range(i + 1, len(numbers)))
if pairs != 1:
    print(f"{pairs} pairs sum to the target; the statement promises exactly one")
    sys.exit(43)
sys.exit(42)
