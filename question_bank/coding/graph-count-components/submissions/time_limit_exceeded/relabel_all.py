def count_components(n, edges):
    # "quick find": each union relabels every node, O(n * m)
    label = list(range(n))
    for u, v in edges:
        a, b = label[u], label[v]
        if a != b:
            for i in range(n):
                if label[i] == a:
                    label[i] = b
    return len(set(label))
