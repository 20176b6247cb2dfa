import sys


def main():
    # a search from every switch: O(n^2)
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v, w = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    best = 0
    for s in range(1, n + 1):
        dist = [-1] * (n + 1)
        dist[s] = 0
        stack = [s]
        while stack:
            v = stack.pop()
            best = max(best, dist[v])
            for u, w in adj[v]:
                if dist[u] < 0:
                    dist[u] = dist[v] + w
                    stack.append(u)
    print(best)


main()
