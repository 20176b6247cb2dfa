"""Reads n, k and the values, calls the candidate's count_subarrays and prints the result."""
import sys

from solution import count_subarrays


def main():
    words = sys.stdin.buffer.read().split()
    n, k = int(words[0]), int(words[1])
    nums = list(map(int, words[2:2 + n]))
    print(count_subarrays(nums, k))


main()
