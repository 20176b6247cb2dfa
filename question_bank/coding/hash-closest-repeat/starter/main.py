import sys


def main():
    data = sys.stdin.read().split()
    # read n and the n codes, then print the smallest distance between two equal codes, or -1


main()
