import sys


def main():
    # multiplies every weight seen so far at every step: O(steps x features)
    data = sys.stdin.buffer.read().split()
    n, f = int(data[0]), 1.0 - float(data[1])
    weight = {}
    pos = 2
    for _ in range(n):
        for j in weight:
            weight[j] *= f
        c = int(data[pos])
        pos += 1
        for k in range(pos, pos + 2 * c, 2):
            j = int(data[k])
            weight[j] = weight.get(j, 0.0) + int(data[k + 1])
        pos += 2 * c
    print("\n".join(repr(weight[j]) for j in sorted(weight)))


main()
