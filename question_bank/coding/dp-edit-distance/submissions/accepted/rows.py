import sys


def main():
    a, b = sys.stdin.read().split()[:2]
    m = len(b)
    prev = list(range(m + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] * (m + 1)
        left = i
        for j in range(1, m + 1):
            best = prev[j - 1] + (ca != b[j - 1])  # replace (or keep)
            up = prev[j] + 1  # delete ca
            if up < best:
                best = up
            if left + 1 < best:  # insert b[j-1]
                best = left + 1
            cur[j] = left = best
        prev = cur
    print(prev[m])


main()
