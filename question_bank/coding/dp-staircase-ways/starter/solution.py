MOD = 10**9 + 7


def count_ways(n: int, steps: list[int]) -> int:
    """Return the number of stride sequences from `steps` summing to n, modulo 10^9 + 7."""
    raise NotImplementedError
