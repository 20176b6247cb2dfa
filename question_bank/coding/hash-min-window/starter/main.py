import sys


def main():
    data = sys.stdin.read().split()
    # read s and t, then print the length and start of the shortest window of s containing t, or -1


main()
