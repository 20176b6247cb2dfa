import sys

sys.setrecursionlimit(10**6)
MOD = 10**9 + 7


def count_ways(n, steps):
    # recursion without memoisation: exponential
    if n == 0:
        return 1
    return sum(count_ways(n - s, steps) for s in steps if s <= n) % MOD
