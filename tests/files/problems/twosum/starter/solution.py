def two_sum(numbers: list[int], target: int) -> tuple[int, int]:
    """Return the indices of the two numbers that add up to target."""
    raise NotImplementedError
