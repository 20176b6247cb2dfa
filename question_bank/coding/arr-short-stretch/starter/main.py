import sys


def main():
    data = sys.stdin.read().split()
    # read n, S and the n values, then print the length of the shortest stretch with sum at least S (0 if none)


main()
