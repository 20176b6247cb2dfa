import sys


def main():
    # compares every spam message with every legitimate one: P x N pairs
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    scores = [int(x) for x in data[1:1 + n]]
    labels = data[1 + n:1 + 2 * n]
    pos = [s for s, y in zip(scores, labels) if y == b"1"]
    neg = [s for s, y in zip(scores, labels) if y != b"1"]
    twice = 0
    for p in pos:
        for q in neg:
            twice += 2 if p > q else (1 if p == q else 0)
    print(f"{twice / (2 * len(pos) * len(neg)):.9f}")


main()
