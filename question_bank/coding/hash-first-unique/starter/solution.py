def first_unique(ids: list[int]) -> int:
    """Return the first id in ids that occurs exactly once, or -1 if every id repeats."""
    raise NotImplementedError
