import sys
from bisect import bisect_left, bisect_right
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    weights = [int(x) for x in data[2:2 + n]]
    order = sorted(range(n), key=lambda i: -weights[i])  # stable: equal weights keep increasing index
    prefix = list(accumulate(weights[i] for i in order))
    total = prefix[-1]
    out = []
    pos = 2 + n
    for _ in range(q):
        p, r = int(data[pos]), int(data[pos + 1])
        pos += 2
        k = bisect_left(prefix, (p * total + 99) // 100)  # 0-based: the nucleus is order[0..k]
        j = bisect_right(prefix, r * prefix[k] // 10**6)
        out.append(f"{k + 1} {order[j] + 1}")
    sys.stdout.write("\n".join(out) + "\n")


main()
