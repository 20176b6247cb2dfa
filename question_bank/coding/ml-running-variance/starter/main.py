import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    readings = [int(x) for x in data[1:1 + n]]
    # print the variance of the first i readings, for i = 1 .. n, one per line


main()
