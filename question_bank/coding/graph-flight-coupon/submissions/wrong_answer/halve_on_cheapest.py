import heapq
import sys


def main():
    # finds the cheapest route, then halves its most expensive flight: not optimal
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b, c = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[a].append((b, c))
    INF = float("inf")
    dist = [INF] * (n + 1)
    top = [0] * (n + 1)  # most expensive flight on the best route found
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, v = heapq.heappop(heap)
        if d > dist[v]:
            continue
        for u, c in adj[v]:
            if d + c < dist[u]:
                dist[u] = d + c
                top[u] = max(top[v], c)
                heapq.heappush(heap, (d + c, u))
    print(-1 if dist[n] == INF else dist[n] - top[n] + top[n] // 2)


main()
