import sys


def main():
    # climbs from the deeper person one parent at a time: O(depth) per query
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = [0, 0] + [int(x) for x in data[2:n + 1]]
    children = [[] for _ in range(n + 1)]
    for i in range(2, n + 1):
        children[parent[i]].append(i)
    depth = [0] * (n + 1)
    order = [1]
    for v in order:
        for c in children[v]:
            depth[c] = depth[v] + 1
            order.append(c)
    out = []
    pos = n + 1
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        a, b, dist = u, v, 0
        while a != b:
            if depth[a] < depth[b]:
                a, b = b, a
            a = parent[a]
            dist += 1
        out.append(dist)
    print("\n".join(map(str, out)))


main()
