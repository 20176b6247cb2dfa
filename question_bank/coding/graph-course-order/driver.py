"""Reads n, m and the pairs, calls course_order and prints the order (IMPOSSIBLE for an empty list)."""
import sys

from solution import course_order


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    pairs = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    order = course_order(n, pairs)
    print(" ".join(map(str, order)) if order else "IMPOSSIBLE")


main()
