"""Reads n, the values and the parents, calls subtree_sums and prints the sums on one line."""
import sys

from solution import subtree_sums


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = [int(x) for x in data[1:1 + n]]
    parent = [-1] + [int(x) for x in data[1 + n:2 * n]]
    result = subtree_sums(parent, values)
    print(" ".join(map(str, result)))


main()
