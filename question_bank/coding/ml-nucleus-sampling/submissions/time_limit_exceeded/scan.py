import sys


def main():
    # sorts once, but scans the prefix sums from the start for every query: O(n) per query
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    weights = [int(x) for x in data[2:2 + n]]
    order = sorted(range(n), key=lambda i: (-weights[i], i))
    total = sum(weights)
    out = []
    pos = 2 + n
    for _ in range(q):
        p, r = int(data[pos]), int(data[pos + 1])
        pos += 2
        k, nucleus = 0, 0
        while 100 * nucleus < p * total:
            nucleus += weights[order[k]]
            k += 1
        j, running = 0, 0
        while 10**6 * running <= r * nucleus:
            running += weights[order[j]]
            j += 1
        out.append(f"{k} {order[j - 1] + 1}")
    print("\n".join(out))


main()
