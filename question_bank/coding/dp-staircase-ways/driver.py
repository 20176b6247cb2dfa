"""Reads n, k and the k stride lengths, calls count_ways(n, steps) and prints the result."""
import sys

from solution import count_ways


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    steps = [int(x) for x in data[2:2 + k]]
    print(count_ways(n, steps))


main()
