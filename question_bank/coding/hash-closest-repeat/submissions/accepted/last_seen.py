import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    last = {}
    best = n + 1
    for j in range(n):
        x = int(data[1 + j])
        i = last.get(x)
        if i is not None and j - i < best:
            best = j - i
        last[x] = j
    print(best if best <= n else -1)


main()
