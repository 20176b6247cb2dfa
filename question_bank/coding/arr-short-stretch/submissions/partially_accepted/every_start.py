import sys


def main():
    # O(n^2): passes group 1 only
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    best = n + 1
    for l in range(n):
        total = 0
        for r in range(l, min(n, l + best)):
            total += a[r]
            if total >= s:
                best = r - l + 1
                break
    print(best if best <= n else 0)


main()
