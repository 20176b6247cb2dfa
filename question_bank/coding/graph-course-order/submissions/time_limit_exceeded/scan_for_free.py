def course_order(n, prerequisites):
    # scans all courses for a free one at every step: O(n^2)
    after = [[] for _ in range(n)]
    indegree = [0] * n
    for u, v in prerequisites:
        after[u].append(v)
        indegree[v] += 1
    done = [False] * n
    order = []
    for _ in range(n):
        for v in range(n):
            if not done[v] and indegree[v] == 0:
                break
        else:
            return []
        done[v] = True
        order.append(v)
        for w in after[v]:
            indegree[w] -= 1
    return order
