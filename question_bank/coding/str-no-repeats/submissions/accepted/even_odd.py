import sys
from collections import Counter


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    counts = Counter(s)
    letters = sorted(counts, key=lambda c: -counts[c])
    if counts[letters[0]] > (n + 1) // 2:
        print("IMPOSSIBLE")
        return
    out = [""] * n
    pos = 0
    for c in letters:
        for _ in range(counts[c]):
            out[pos] = c
            pos += 2
            if pos >= n:
                pos = 1
    print("".join(out))


main()
