import sys


def main():
    # Dijkstra that scans every junction for the closest unvisited one: O(n^2)
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
    done = [False] * (n + 1)
    dist[1] = 0
    for _ in range(n):
        v, best = -1, INF
        for u in range(1, n + 1):
            if not done[u] and dist[u] < best:
                v, best = u, dist[u]
        if v < 0:
            break
        done[v] = True
        for u, t in adj[v]:
            if best + t < dist[u]:
                dist[u] = best + t
                prev[u] = v
    if dist[n] == INF:
        print(-1)
        return
    route = [n]
    while route[-1] != 1:
        route.append(prev[route[-1]])
    print(dist[n])
    print(" ".join(map(str, reversed(route))))


main()
