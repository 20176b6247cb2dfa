import sys


def main():
    # variance = mean of squares - square of the mean, in floating point: catastrophic cancellation
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    total, squares, out = 0.0, 0.0, []
    for i in range(1, n + 1):
        x = float(data[i])
        total += x
        squares += x * x
        out.append(f"{max(0.0, squares / i - (total / i) ** 2):.9f}")
    print("\n".join(out))


main()
