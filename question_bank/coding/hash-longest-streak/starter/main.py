import sys


def main():
    data = sys.stdin.read().split()
    # read n and the n numbers, then print the length and the first value of the longest streak


main()
