def max_depth(root):
    # breadth-first search whose queue is re-sliced after every pop: each step copies the whole queue,
    # O(n * width), quadratic on a wide tree
    if root is None:
        return 0
    queue = [(root, 1)]
    best = 0
    while queue:
        node, depth = queue[0]
        queue = queue[1:]
        best = max(best, depth)
        for child in (node.left, node.right):
            if child is not None:
                queue.append((child, depth + 1))
    return best
