"""Reads n and the ids, calls the candidate's first_unique and prints the result."""
import sys

from solution import first_unique


def main():
    words = sys.stdin.buffer.read().split()
    n = int(words[0])
    ids = list(map(int, words[1:1 + n]))
    print(first_unique(ids))


main()
