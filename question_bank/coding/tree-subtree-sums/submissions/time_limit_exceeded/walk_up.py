def subtree_sums(parent, values):
    # adds each value to every ancestor: O(n * depth), quadratic on a chain
    total = [0] * len(parent)
    for v, x in enumerate(values):
        while v != -1:
            total[v] += x
            v = parent[v]
    return total
