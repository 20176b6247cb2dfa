import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    best = n + 1
    total = 0
    left = 0
    for right, x in enumerate(a):
        total += x
        while total >= s:
            if right - left + 1 < best:
                best = right - left + 1
            total -= a[left]
            left += 1
    print(best if best <= n else 0)


main()
