import sys


def main():
    # O(n^2): looks ahead from every position for the next equal code
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    best = n + 1
    for i in range(n):
        x = a[i]
        for j in range(i + 1, min(n, i + best)):
            if a[j] == x:
                best = j - i
                break
    print(best if best <= n else -1)


main()
