def max_depth(root):
    # follows only left children: misses deeper right branches
    depth = 0
    while root is not None:
        depth += 1
        root = root.left
    return depth
