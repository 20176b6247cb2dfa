def count_components(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    seen = [False] * n
    count = 0
    for s in range(n):
        if seen[s]:
            continue
        count += 1
        seen[s] = True
        queue = [s]
        for v in queue:
            for u in adj[v]:
                if not seen[u]:
                    seen[u] = True
                    queue.append(u)
    return count
