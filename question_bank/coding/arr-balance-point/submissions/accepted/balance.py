import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = list(map(int, data[1:1 + n]))
    total = sum(w)
    left = 0
    for i, x in enumerate(w):
        if 2 * left + x == total:
            print(i + 1)
            return
        left += x
    print(-1)


main()
