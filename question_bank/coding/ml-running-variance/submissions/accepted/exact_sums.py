import sys


def main():
    # exact integer sums: v_i = (i * sum(x^2) - sum(x)^2) / i^2, with Python's unbounded integers
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    total, squares, out = 0, 0, []
    for i in range(1, n + 1):
        x = int(data[i])
        total += x
        squares += x * x
        out.append(f"{(i * squares - total * total) / (i * i):.9f}")
    sys.stdout.write("\n".join(out) + "\n")


main()
