def max_depth(root):
    # default recursion limit (1000): RecursionError on deep chains
    if root is None:
        return 0
    return 1 + max(max_depth(root.left), max_depth(root.right))
