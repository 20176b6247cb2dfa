import sys


def main():
    data = sys.stdin.read().split()
    # read the text and the pattern, then print the number of occurrences and the first and last positions


main()
