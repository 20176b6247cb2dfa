"""Reads n and the heights, calls the candidate's max_water and prints the result."""
import sys

from solution import max_water


def main():
    words = sys.stdin.buffer.read().split()
    n = int(words[0])
    heights = list(map(int, words[1:1 + n]))
    print(max_water(heights))


main()
