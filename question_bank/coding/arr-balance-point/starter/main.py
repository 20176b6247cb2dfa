import sys


def main():
    data = sys.stdin.read().split()
    # read n and the n weights, then print the first balance point (1-based) or -1


main()
