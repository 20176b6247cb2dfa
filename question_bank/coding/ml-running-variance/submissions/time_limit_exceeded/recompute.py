import sys


def main():
    # recomputes the mean and the variance of the whole prefix after every reading: O(n^2)
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = [int(x) for x in data[1:1 + n]]
    out = []
    for i in range(1, n + 1):
        mean = sum(xs[:i]) / i
        out.append(f"{sum((x - mean) ** 2 for x in xs[:i]) / i:.9f}")
    print("\n".join(out))


main()
