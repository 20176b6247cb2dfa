def max_water(heights: list[int]) -> int:
    """Return the largest (j - i) * min(heights[i], heights[j]) over all pairs i < j."""
    raise NotImplementedError
