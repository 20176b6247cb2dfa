def course_order(n, prerequisites):
    # Kahn's algorithm that forgets to check that every course was placed
    after = [[] for _ in range(n)]
    indegree = [0] * n
    for u, v in prerequisites:
        after[u].append(v)
        indegree[v] += 1
    order = [v for v in range(n) if indegree[v] == 0]
    for u in order:
        for v in after[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                order.append(v)
    return order
