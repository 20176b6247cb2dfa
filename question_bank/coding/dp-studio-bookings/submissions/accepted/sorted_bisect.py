import sys
from bisect import bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    jobs = sorted((int(data[2 + 3 * i]), int(data[1 + 3 * i]), int(data[3 + 3 * i])) for i in range(n))
    ends = [e for e, _, _ in jobs]
    best = [0] * (n + 1)  # best[i]: best total using only the first i jobs by end time
    for i, (e, s, p) in enumerate(jobs):
        j = bisect_right(ends, s, 0, i)  # jobs ending at or before s
        take = best[j] + p
        best[i + 1] = take if take > best[i] else best[i]
    print(best[n])


main()
