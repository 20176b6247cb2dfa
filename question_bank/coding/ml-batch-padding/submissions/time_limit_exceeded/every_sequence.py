import sys


def main():
    # goes through all n sequences for every batch size: O(n q)
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    lengths = sorted(map(int, data[2:2 + n]))
    out = []
    for b in map(int, data[2 + n:2 + n + q]):
        padding = 0
        for start in range(0, n, b):
            batch = lengths[start:start + b]
            longest = max(batch)
            for length in batch:
                padding += longest - length
        out.append(padding)
    print("\n".join(map(str, out)))


main()
