import sys


def count_upto(n, k):
    """Numbers x in [0, n] with x % k == 0 and digit_sum(x) % k == 0."""
    if n < 0:
        return 0
    # free[a][b]: prefixes already below n's prefix, with value % k == a and digit sum % k == b
    free = [[0] * k for _ in range(k)]
    tight_value = tight_sum = 0
    for d in map(int, str(n)):
        new = [[0] * k for _ in range(k)]
        for a in range(k):
            row = free[a]
            base = a * 10
            for b in range(k):
                c = row[b]
                if c:
                    for x in range(10):
                        new[(base + x) % k][(b + x) % k] += c
        for x in range(d):
            new[(tight_value * 10 + x) % k][(tight_sum + x) % k] += 1
        tight_value = (tight_value * 10 + d) % k
        tight_sum = (tight_sum + d) % k
        free = new
    return free[0][0] + (tight_value == 0 and tight_sum == 0)


def main():
    a, b, k = map(int, sys.stdin.read().split())
    print(count_upto(b, k) - count_upto(a - 1, k))


main()
