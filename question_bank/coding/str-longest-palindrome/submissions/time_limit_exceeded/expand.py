import sys


def main():
    # O(n^2): expands around each of the 2n - 1 centres
    s = sys.stdin.readline().strip()
    n = len(s)
    best_len, best_start = 0, 0
    for c in range(2 * n - 1):
        a, b = c // 2, (c + 1) // 2
        while a >= 0 and b < n and s[a] == s[b]:
            a -= 1
            b += 1
        length = b - a - 1
        if length > best_len or (length == best_len and a + 1 < best_start):
            best_len, best_start = length, a + 1
    print(best_len, best_start + 1)


main()
