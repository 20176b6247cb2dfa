import sys


def main():
    # scans every slot for the one that frees first: O(C) per request
    data = sys.stdin.buffer.read().split()
    n, slots, patience = int(data[0]), int(data[1]), int(data[2])
    free = [0] * slots
    out = []
    for i in range(n):
        arrival, duration = int(data[3 + 2 * i]), int(data[4 + 2 * i])
        best = 0
        for s in range(1, slots):
            if free[s] < free[best]:
                best = s
        start = max(arrival, free[best])
        if start - arrival > patience:
            out.append(-1)
        else:
            free[best] = start + duration
            out.append(start + duration)
    print("\n".join(map(str, out)))


main()
