import sys


def main():
    # sorted lengths: a batch is padded to its last sequence; only the ceil(n / B) batch ends are read
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    lengths = sorted(map(int, data[2:2 + n]))
    total = sum(lengths)
    out = []
    for b in map(int, data[2 + n:2 + n + q]):
        padded = b * sum(lengths[b - 1::b]) + (n % b) * lengths[-1]
        out.append(padded - total)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
