import heapq
import sys


def main():
    # correct times, but the predecessor is only recorded on first discovery, not on improvement
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b, t = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[a].append((b, t))
        adj[b].append((a, t))
    INF = float("inf")
    dist = [INF] * (n + 1)
    prev = [0] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, v = heapq.heappop(heap)
        if d > dist[v]:
            continue
        for u, t in adj[v]:
            if d + t < dist[u]:
                if dist[u] == INF:
                    prev[u] = v
                dist[u] = d + t
                heapq.heappush(heap, (d + t, u))
    if dist[n] == INF:
        print(-1)
        return
    route = [n]
    while route[-1] != 1 and len(route) <= n:
        route.append(prev[route[-1]])
    print(dist[n])
    print(" ".join(map(str, reversed(route))))


main()
