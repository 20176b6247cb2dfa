def two_sum(numbers: list[int], target: int) -> tuple[int, int]:
    raise NotImplementedError
