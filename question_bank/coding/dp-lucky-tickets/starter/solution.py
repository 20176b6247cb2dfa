import sys


def main():
    a, b, k = map(int, sys.stdin.read().split())
    # print how many x in [a, b] have x % k == 0 and digit_sum(x) % k == 0
    print(0)


main()
