"""Reads the string, calls the candidate's compress and prints the result."""
import sys

from solution import compress


def main():
    s = sys.stdin.readline().strip()
    print(compress(s))


main()
