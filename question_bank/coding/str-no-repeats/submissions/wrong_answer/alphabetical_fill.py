import sys
from collections import Counter


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    counts = Counter(s)
    if max(counts.values()) > (n + 1) // 2:
        print("IMPOSSIBLE")
        return
    out = [""] * n
    pos = 0
    for c in sorted(s):  # bug: fills the even positions in alphabetical order, not most frequent first
        out[pos] = c
        pos += 2
        if pos >= n:
            pos = 1
    print("".join(out))


main()
