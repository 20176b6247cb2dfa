"""Reads n, k and the values, calls the candidate's max_window_sum and prints the result."""
import sys

from solution import max_window_sum


def main():
    words = sys.stdin.buffer.read().split()
    n, k = int(words[0]), int(words[1])
    values = list(map(int, words[2:2 + n]))
    print(max_window_sum(values, k))


main()
