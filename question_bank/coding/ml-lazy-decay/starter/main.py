import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, decay = int(data[0]), float(data[1])
    pos = 2
    for t in range(1, n + 1):
        c = int(data[pos])
        entries = [(int(data[pos + 1 + 2 * k]), int(data[pos + 2 + 2 * k])) for k in range(c)]
        pos += 1 + 2 * c
        # step t: every weight is multiplied by 1 - decay, then each (feature, gradient) is added
    # print the final weight of every feature that received a gradient, in increasing order of id


main()
