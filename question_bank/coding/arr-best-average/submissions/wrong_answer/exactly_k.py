import sys


def main():
    # bug: only considers stretches of exactly k values
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    s = sum(a[:k])
    best = s
    for i in range(k, n):
        s += a[i] - a[i - k]
        best = max(best, s)
    print("%.9f" % (best / k))


main()
