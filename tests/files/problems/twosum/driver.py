"""Reads the numbers and the target, calls the candidate's two_sum and prints the two indices."""
import sys

from solution import two_sum


def main():
    words = sys.stdin.read().split()
    n, target = int(words[0]), int(words[1])
    numbers = [int(w) for w in words[2:2 + n]]
    i, j = two_sum(numbers, target)
    print(min(i, j), max(i, j))


main()
