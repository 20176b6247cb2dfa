import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = list(map(int, data[1:1 + n]))
    for i in range(n):
        # O(n^2): sums both sides afresh
        if sum(w[:i]) == sum(w[i + 1:]):
            print(i + 1)
            return
    print(-1)


main()
