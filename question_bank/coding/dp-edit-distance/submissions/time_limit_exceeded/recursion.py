import sys

sys.setrecursionlimit(10000)


def dist(a, b, i, j):
    # tries all three mutations without memoisation: exponential
    if i == len(a):
        return len(b) - j
    if j == len(b):
        return len(a) - i
    if a[i] == b[j]:
        return dist(a, b, i + 1, j + 1)
    return 1 + min(dist(a, b, i + 1, j + 1), dist(a, b, i + 1, j), dist(a, b, i, j + 1))


def main():
    a, b = sys.stdin.read().split()[:2]
    print(dist(a, b, 0, 0))


main()
