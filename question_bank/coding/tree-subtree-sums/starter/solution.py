def subtree_sums(parent: list[int], values: list[int]) -> list[int]:
    """Return, for every node, the sum of the values in its subtree (parent[0] == -1 is the root)."""
    raise NotImplementedError
