import sys
from bisect import bisect_left


def main():
    # bisect_left: treats a booking ending exactly at s as overlapping
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    jobs = sorted((int(data[2 + 3 * i]), int(data[1 + 3 * i]), int(data[3 + 3 * i])) for i in range(n))
    ends = [e for e, _, _ in jobs]
    best = [0] * (n + 1)
    for i, (e, s, p) in enumerate(jobs):
        j = bisect_left(ends, s, 0, i)
        best[i + 1] = max(best[i], best[j] + p)
    print(best[n])


main()
