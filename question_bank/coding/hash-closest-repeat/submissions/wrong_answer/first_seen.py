import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    first = {}
    best = n + 1
    for j in range(n):
        x = int(data[1 + j])
        if x in first:
            best = min(best, j - first[x])
        else:
            first[x] = j  # bug: never moves to the latest occurrence
    print(best if best <= n else -1)


main()
