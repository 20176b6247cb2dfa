import sys
from heapq import heapreplace


def main():
    data = sys.stdin.buffer.read().split()
    n, slots, patience = int(data[0]), int(data[1]), int(data[2])
    free = [0] * slots  # a min-heap of the times at which the slots become free
    out = []
    for i in range(n):
        arrival, duration = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        start = max(arrival, free[0])
        if start - arrival > patience:
            out.append("-1")
        else:
            heapreplace(free, start + duration)
            out.append(str(start + duration))
    sys.stdout.write("\n".join(out) + "\n")


main()
