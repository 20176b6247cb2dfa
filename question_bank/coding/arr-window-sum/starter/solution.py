def max_window_sum(values: list[int], k: int) -> int:
    """Return the largest sum of k consecutive elements of values."""
    raise NotImplementedError
