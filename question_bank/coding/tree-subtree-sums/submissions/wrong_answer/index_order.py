def subtree_sums(parent, values):
    # assumes every parent has a smaller number than its children
    total = list(values)
    for v in range(len(parent) - 1, 0, -1):
        total[parent[v]] += total[v]
    return total
