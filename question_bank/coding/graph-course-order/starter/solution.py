def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int]:
    """Return an order of courses 0..n-1 respecting every (before, after) pair, or [] if there is none."""
    raise NotImplementedError
