import sys


def main():
    # zeroes a rotten pad's probability only after adding it to the window
    data = sys.stdin.buffer.read().split()
    n, k, m = int(data[0]), int(data[1]), int(data[2])
    rotten = bytearray(n + 1)
    for x in data[3:3 + m]:
        rotten[int(x)] = 1
    p = [0.0] * (n + 1)
    p[0] = 1.0
    window = 1.0
    for i in range(1, n + 1):
        p[i] = window / k
        window += p[i]
        if rotten[i]:
            p[i] = 0.0
        if i >= k:
            window -= p[i - k]
    print(f"{p[n]:.12f}")


main()
