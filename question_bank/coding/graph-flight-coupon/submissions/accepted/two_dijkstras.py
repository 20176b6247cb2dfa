import heapq
import sys


def dijkstra(adj, source, n):
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, v = heapq.heappop(heap)
        if d > dist[v]:
            continue
        for u, c in adj[v]:
            nd = d + c
            if nd < dist[u]:
                dist[u] = nd
                heapq.heappush(heap, (nd, u))
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    out_adj = [[] for _ in range(n + 1)]
    in_adj = [[] for _ in range(n + 1)]
    flights = []
    for i in range(m):
        a, b, c = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        out_adj[a].append((b, c))
        in_adj[b].append((a, c))
        flights.append((a, b, c))
    from_start = dijkstra(out_adj, 1, n)
    to_end = dijkstra(in_adj, n, n)
    best = min((from_start[a] + c // 2 + to_end[b] for a, b, c in flights), default=float("inf"))
    print(best if best != float("inf") else -1)


main()
