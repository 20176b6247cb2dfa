def course_order(n, prerequisites):
    # sorts courses by their number of prerequisites: not a topological order
    indegree = [0] * n
    for u, v in prerequisites:
        if u == v:
            return []
        indegree[v] += 1
    return sorted(range(n), key=indegree.__getitem__)
