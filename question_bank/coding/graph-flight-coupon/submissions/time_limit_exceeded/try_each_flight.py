import heapq
import sys


def main():
    # one Dijkstra per choice of discounted flight: O(m * m log n)
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    flights = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    INF = float("inf")
    best = INF
    for k in range(m + 1):
        adj = [[] for _ in range(n + 1)]
        for j, (a, b, c) in enumerate(flights):
            adj[a].append((b, c // 2 if j == k else c))
        dist = [INF] * (n + 1)
        dist[1] = 0
        heap = [(0, 1)]
        while heap:
            d, v = heapq.heappop(heap)
            if d > dist[v]:
                continue
            for u, c in adj[v]:
                if d + c < dist[u]:
                    dist[u] = d + c
                    heapq.heappush(heap, (d + c, u))
        best = min(best, dist[n])
    print(-1 if best == INF else best)


main()
