class TreeNode:  # provided by the judge; shown here for reference
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def max_depth(root: "TreeNode") -> int:
    """Return the number of nodes on the longest root-to-leaf path."""
    raise NotImplementedError
