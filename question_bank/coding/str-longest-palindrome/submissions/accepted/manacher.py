import sys


def main():
    s = sys.stdin.readline().strip()
    t = "#" + "#".join(s) + "#"  # odd-length palindromes of t <-> all palindromes of s
    m = len(t)
    rad = [0] * m  # rad[i]: largest r with t[i-r..i+r] a palindrome
    center = right = 0
    for i in range(m):
        r = 0
        if i < right:
            r = rad[2 * center - i]
            if r > right - i:
                r = right - i
        a, b = i - r - 1, i + r + 1
        while a >= 0 and b < m and t[a] == t[b]:
            a -= 1
            b += 1
        r = b - i - 1
        rad[i] = r
        if i + r > right:
            center, right = i, i + r
    best_len, best_start = 0, 0
    for i in range(m):
        r = rad[i]  # palindrome of length r in s, starting at (i - r) // 2
        if r > best_len or (r == best_len and (i - r) // 2 < best_start):
            best_len, best_start = r, (i - r) // 2
    print(best_len, best_start + 1)


main()
