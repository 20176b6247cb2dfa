import sys


def main():
    # forgets the edge weight when moving the host: cost[v] = cost[parent] + (n - 2 * size[v])
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v, w = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    parent = [0] * (n + 1)
    dist = [0] * (n + 1)
    parent[1] = -1
    order = [1]
    for v in order:
        for u, w in adj[v]:
            if u != parent[v]:
                parent[u] = v
                dist[u] = dist[v] + w
                order.append(u)
    size = [1] * (n + 1)
    for v in reversed(order):
        if v != 1:
            size[parent[v]] += size[v]
    cost = [0] * (n + 1)
    cost[1] = sum(dist)
    for v in order:
        if v != 1:
            cost[v] = cost[parent[v]] + (n - 2 * size[v])
    print(" ".join(map(str, cost[1:])))


main()
