def subtree_sums(parent, values):
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    order = [0]
    for v in order:  # breadth-first: parents before children
        order.extend(children[v])
    total = list(values)
    for v in reversed(order):
        if v:
            total[parent[v]] += total[v]
    return total
