import sys


def main():
    # O(n^2) on one long streak: walks upwards from every number, not only from streak starts
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    present = set(map(int, data[1:1 + n]))
    best_len, best_start = 0, 0
    for x in present:
        y = x + 1
        while y in present:
            y += 1
        if y - x > best_len or (y - x == best_len and x < best_start):
            best_len, best_start = y - x, x
    print(best_len, best_start)


main()
