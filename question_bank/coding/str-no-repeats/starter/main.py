import sys


def main():
    data = sys.stdin.read().split()
    # read the string, then print a rearrangement with no two equal neighbours, or IMPOSSIBLE


main()
