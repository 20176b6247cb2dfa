import sys


def main():
    # classic interval-scheduling greedy: maximises the number of bookings, not the payment
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    jobs = sorted((int(data[2 + 3 * i]), int(data[1 + 3 * i]), int(data[3 + 3 * i])) for i in range(n))
    free_at, total = -1, 0
    for e, s, p in jobs:
        if s >= free_at:
            total += p
            free_at = e
    print(total)


main()
