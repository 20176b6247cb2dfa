def compress(s: str) -> str:
    """Return the run-length encoding of s: each run of equal letters as the letter followed by its length."""
    raise NotImplementedError
