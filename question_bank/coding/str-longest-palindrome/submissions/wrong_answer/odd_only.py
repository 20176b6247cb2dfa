import sys


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    rad = [0] * n  # bug: Manacher for odd-length palindromes only
    center = right = 0
    for i in range(n):
        r = 0
        if i < right:
            r = min(rad[2 * center - i], right - i)
        while i - r - 1 >= 0 and i + r + 1 < n and s[i - r - 1] == s[i + r + 1]:
            r += 1
        rad[i] = r
        if i + r > right:
            center, right = i, i + r
    best_len, best_start = 0, 0
    for i in range(n):
        if 2 * rad[i] + 1 > best_len:
            best_len, best_start = 2 * rad[i] + 1, i - rad[i]
    print(best_len, best_start + 1)


main()
