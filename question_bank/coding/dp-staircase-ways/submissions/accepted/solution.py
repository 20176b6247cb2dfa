MOD = 10**9 + 7


def count_ways(n, steps):
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(1, n + 1):
        total = 0
        for s in steps:
            if s <= i:
                total += ways[i - s]
        ways[i] = total % MOD
    return ways[n]
