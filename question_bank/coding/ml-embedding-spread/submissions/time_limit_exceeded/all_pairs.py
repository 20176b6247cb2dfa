import sys


def main():
    # compares every pair of vectors: O(n^2 d)
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    vectors = [list(map(int, data[2 + i * d:2 + (i + 1) * d])) for i in range(n)]
    total = 0
    for i in range(n):
        for j in range(i + 1, n):
            total += sum(abs(a - b) for a, b in zip(vectors[i], vectors[j]))
    print(total)


main()
