import re
import sys


def main():
    # counts every distinct token by scanning all the tokens again: O(distinct x tokens)
    lines = sys.stdin.read().split("\n", 1)
    k = int(lines[0])
    tokens = ["<num>" if t.isdigit() else t for t in re.findall(r"[a-z0-9]+", lines[1].lower())]
    counts = {t: tokens.count(t) for t in set(tokens)}
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
    print("\n".join(f"{t} {c}" for t, c in top))


main()
