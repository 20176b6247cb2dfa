import sys


def main():
    # pads the last batch to B sequences of its longest length, as if it were full
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    lengths = sorted(map(int, data[2:2 + n]))
    total = sum(lengths)
    out = []
    for b in map(int, data[2 + n:2 + n + q]):
        padded = b * sum(lengths[min(end, n - 1)] for end in range(b - 1, n + b - 1, b))
        out.append(padded - total)
    print("\n".join(map(str, out)))


main()
