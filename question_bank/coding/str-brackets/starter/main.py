import sys


def main():
    data = sys.stdin.read().split()
    # read the line of brackets, then print OK or the position of the first error


main()
