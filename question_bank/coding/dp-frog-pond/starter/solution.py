import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, m = int(data[0]), int(data[1]), int(data[2])
    rotten = [int(x) for x in data[3:3 + m]]
    # print the probability of landing on pad n
    print(0.0)


main()
