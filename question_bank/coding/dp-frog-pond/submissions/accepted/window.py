import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, m = int(data[0]), int(data[1]), int(data[2])
    rotten = bytearray(n + 1)
    for x in data[3:3 + m]:
        rotten[int(x)] = 1
    p = [0.0] * (n + 1)
    p[0] = 1.0
    window = 1.0  # sum of p over the k pads before the current one
    inv = 1.0 / k
    for i in range(1, n + 1):
        value = 0.0 if rotten[i] else window * inv
        p[i] = value
        window += value
        if i >= k:
            window -= p[i - k]
    print(f"{max(p[n], 0.0):.12f}")  # rounding can leave -1e-12 where the answer is 0


main()
