def max_depth(root):
    # counts edges instead of nodes
    depth, level = 0, [root]
    while level:
        nxt = [c for node in level for c in (node.left, node.right) if c is not None]
        if nxt:
            depth += 1
        level = nxt
    return depth
