import sys


def main():
    # sorts every column: after sorting, a_i is added i times and subtracted n - 1 - i times
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n * d]))
    total = 0
    for k in range(d):
        column = sorted(values[k::d])
        total += sum(a * w for a, w in zip(column, range(1 - n, n, 2)))
    print(total)


main()
