def count_subarrays(nums: list[int], k: int) -> int:
    """Return how many contiguous, non-empty subarrays of nums sum to exactly k."""
    raise NotImplementedError
