import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, f = int(data[0]), 1.0 - float(data[1])
    weight, last = {}, {}  # feature -> weight as of step last[feature]
    pos = 2
    for t in range(1, n + 1):
        c = int(data[pos])
        pos += 1
        for k in range(pos, pos + 2 * c, 2):
            j, g = data[k], int(data[k + 1])
            if j in weight:
                weight[j] = weight[j] * f ** (t - last[j]) + g
            else:
                weight[j] = g
            last[j] = t
        pos += 2 * c
    out = [repr(weight[j] * f ** (n - last[j])) for j in sorted(weight, key=int)]
    sys.stdout.write("\n".join(out) + "\n")


main()
