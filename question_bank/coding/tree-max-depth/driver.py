"""Reads the parent array, builds the binary tree and prints max_depth(root)."""
import sys

from solution import max_depth


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nodes = [TreeNode(i) for i in range(n)]
    for i in range(1, n):
        parent = nodes[int(data[i])]
        if parent.left is None:
            parent.left = nodes[i]
        else:
            parent.right = nodes[i]
    print(max_depth(nodes[0]))


main()
