def count_components(n, edges):
    # true for forests only: ignores duplicate edges, loops and cycles
    return max(1, n - len(edges))
