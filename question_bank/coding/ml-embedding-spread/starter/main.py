import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    vectors = [list(map(int, data[2 + i * d:2 + (i + 1) * d])) for i in range(n)]
    total = 0  # the sum of the L1 distances over all pairs i < j
    print(total)


main()
