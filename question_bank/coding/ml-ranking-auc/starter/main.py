import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    scores = [int(x) for x in data[1:1 + n]]
    labels = [int(x) for x in data[1 + n:1 + 2 * n]]
    # compute the fraction of (spam, legitimate) pairs ranked correctly, ties counting one half
    auc = 0.0
    print(f"{auc:.9f}")


main()
