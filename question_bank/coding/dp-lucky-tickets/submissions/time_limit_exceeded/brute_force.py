import sys


def main():
    # checks every multiple of K in [A, B]: about (B - A) / K digit sums
    a, b, k = map(int, sys.stdin.read().split())
    count = 0
    for x in range((a + k - 1) // k * k, b + 1, k):
        if sum(map(int, str(x))) % k == 0:
            count += 1
    print(count)


main()
