"""Reads n, m and the m edges, calls count_components(n, edges) and prints the result."""
import sys

from solution import count_components


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    print(count_components(n, edges))


main()
