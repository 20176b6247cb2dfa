import sys
from collections import deque


def main():
    # breadth-first search: fewest streets, ignoring driving times
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b, t = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[a].append((b, t))
        adj[b].append((a, t))
    dist = [-1] * (n + 1)
    prev = [0] * (n + 1)
    dist[1] = 0
    queue = deque([1])
    while queue:
        v = queue.popleft()
        for u, t in adj[v]:
            if dist[u] < 0:
                dist[u] = dist[v] + t
                prev[u] = v
                queue.append(u)
    if dist[n] < 0:
        print(-1)
        return
    route = [n]
    while route[-1] != 1:
        route.append(prev[route[-1]])
    print(dist[n])
    print(" ".join(map(str, reversed(route))))


main()
