import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, slots, patience = int(data[0]), int(data[1]), int(data[2])
    out = []
    for i in range(n):
        arrival, duration = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        # the finish time of request i, or -1 if it times out
        out.append(-1)
    print("\n".join(map(str, out)))


main()
