import heapq
import sys


def main():
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
            continue  # stale entry
        if v == n:
            break
        for u, t in adj[v]:
            nd = d + t
            if nd < dist[u]:
                dist[u] = nd
                prev[u] = v
                heapq.heappush(heap, (nd, u))
    if dist[n] == INF:
        print(-1)
        return
    route = [n]
    while route[-1] != 1:
        route.append(prev[route[-1]])
    print(dist[n])
    print(" ".join(map(str, reversed(route))))


main()
