import sys
from collections import Counter


def main():
    # O(n^2): recounts the remaining letters before placing each one
    s = sys.stdin.readline().strip()
    remaining = list(s)
    out = []
    prev = ""
    while remaining:
        counts = Counter(remaining)
        options = [c for c in counts if c != prev]
        if not options:
            print("IMPOSSIBLE")
            return
        c = max(options, key=lambda x: counts[x])
        remaining.remove(c)
        out.append(c)
        prev = c
    print("".join(out))


main()
