def course_order(n, prerequisites):
    after = [[] for _ in range(n)]
    indegree = [0] * n
    for u, v in prerequisites:
        after[u].append(v)
        indegree[v] += 1
    order = [v for v in range(n) if indegree[v] == 0]
    for u in order:  # the list grows while we scan it: a FIFO queue
        for v in after[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                order.append(v)
    return order if len(order) == n else []
