import sys


def main():
    # O(n^2) over all stretches with prefix sums
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = [0]
    for i in range(n):
        p.append(p[-1] + int(data[2 + i]))
    best = None
    for l in range(n - k + 1):
        pl = p[l]
        for r in range(l + k, n + 1):
            avg = (p[r] - pl) / (r - l)
            if best is None or avg > best:
                best = avg
    print("%.9f" % best)


main()
