import sys


def main():
    data = sys.stdin.read().split()
    # read n, k and the n values, then print the best average of a stretch of at least k values


main()
