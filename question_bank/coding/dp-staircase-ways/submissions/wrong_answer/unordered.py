MOD = 10**9 + 7


def count_ways(n, steps):
    # loops swapped (coin-change order): counts multisets of strides, not sequences
    ways = [0] * (n + 1)
    ways[0] = 1
    for s in steps:
        for i in range(s, n + 1):
            ways[i] = (ways[i] + ways[i - s]) % MOD
    return ways[n]
