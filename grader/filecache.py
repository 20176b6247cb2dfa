"""Files the grader reads again and again (hidden labels, probe cases): read once per version of the file.

A cached value is keyed by the file's path, size and modification time (``file_version``), so an edited
file is read again; callers treat cached values as read-only.
"""

from pathlib import Path


def file_version(path) -> tuple:
    """``(path, modification time in ns, size)``: the key of a cached read of the file at ``path``."""
    stat = Path(path).stat()
    return str(path), stat.st_mtime_ns, stat.st_size
