def count_components(n, edges):
    # recursive DFS with Python's default recursion limit: RecursionError on long chains
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    seen = [False] * n

    def dfs(v):
        seen[v] = True
        for u in adj[v]:
            if not seen[u]:
                dfs(u)

    count = 0
    for s in range(n):
        if not seen[s]:
            count += 1
            dfs(s)
    return count
