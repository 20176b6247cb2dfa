import re
import sys
from collections import Counter


def main():
    # Counter.most_common breaks ties by first appearance, not in ASCII order
    lines = sys.stdin.read().split("\n", 1)
    k = int(lines[0])
    tokens = ["<num>" if t.isdigit() else t for t in re.findall(r"[a-z0-9]+", lines[1].lower())]
    print("\n".join(f"{t} {c}" for t, c in Counter(tokens).most_common(k)))


main()
