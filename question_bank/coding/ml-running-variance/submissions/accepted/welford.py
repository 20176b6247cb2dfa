import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    mean, m2, out = 0.0, 0.0, []
    for i in range(1, n + 1):
        x = int(data[i])
        delta = x - mean
        mean += delta / i
        m2 += delta * (x - mean)
        out.append(f"{m2 / i:.9f}")
    sys.stdout.write("\n".join(out) + "\n")


main()
