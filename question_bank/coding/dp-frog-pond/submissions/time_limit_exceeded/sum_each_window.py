import sys


def main():
    # recomputes the sum of the previous k pads for every pad: O(n * k)
    data = sys.stdin.buffer.read().split()
    n, k, m = int(data[0]), int(data[1]), int(data[2])
    rotten = bytearray(n + 1)
    for x in data[3:3 + m]:
        rotten[int(x)] = 1
    p = [0.0] * (n + 1)
    p[0] = 1.0
    for i in range(1, n + 1):
        if not rotten[i]:
            total = 0.0
            for j in range(max(0, i - k), i):
                total += p[j]
            p[i] = total / k
    print(f"{p[n]:.12f}")


main()
