from collections import deque


def max_depth(root):
    if root is None:
        return 0
    depth, level = 0, [root]
    while level:
        depth += 1
        nxt = []
        for node in level:
            if node.left is not None:
                nxt.append(node.left)
            if node.right is not None:
                nxt.append(node.right)
        level = nxt
    return depth
