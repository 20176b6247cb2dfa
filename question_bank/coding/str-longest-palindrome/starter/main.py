import sys


def main():
    data = sys.stdin.read().split()
    # read the string, then print the length and the start of the leftmost longest palindromic substring


main()
