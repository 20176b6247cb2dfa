def count_components(n: int, edges: list[tuple[int, int]]) -> int:
    """Return the number of connected components of the undirected graph on nodes 0..n-1."""
    raise NotImplementedError
