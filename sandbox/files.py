"""Read a program's sources from disk: a file, or every file under a folder, as name to bytes.

Kept apart from the container modules so that a caller that only reads files (the command line
before it needs the engine) imports nothing heavy.
"""

from pathlib import Path


def read_files(path) -> dict:
    """A source file, or every file under a folder (hidden ones skipped), as relative name to bytes."""
    path = Path(path)
    if path.is_dir():
        return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)}
    return {path.name: path.read_bytes()}
