import sys


def main():
    # position-by-position comparison plus the length difference: misses shifts
    a, b = sys.stdin.read().split()[:2]
    print(sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b)))


main()
