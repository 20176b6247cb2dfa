"""A fingerprint of everything that decides a grade or a check: the runner image, the code and its settings.

Used to key cached bank-check results (``question_bank.check_cache``): when the
image, any module of ``grader``, ``sandbox`` or the checker's own modules of
``question_bank``, or a ``VETKIT_*`` setting that can change a result changes,
cached results are stale and the expensive checks run again.
"""

import functools
import hashlib
import os
from pathlib import Path

import sandbox

PACKAGES = ("grader", "sandbox")
"""Packages whose every module decides a grade."""
CHECKER_MODULES = "question_bank/*.py"
"""The checker's own modules (the bank's content folders are hashed per item by the cache itself)."""
IGNORED_SETTINGS = ("VETKIT_CACHE_DIR", "VETKIT_NO_CHECK_CACHE")
"""Settings that say where results are kept, not what they are."""


@functools.lru_cache(maxsize=1)
def grading_fingerprint() -> str:
    """The runner image tag, a hash of the grading and checking code, and the ``VETKIT_*`` settings."""
    digest = hashlib.sha256(sandbox.runner_image().encode())
    root = Path(__file__).resolve().parent.parent
    paths = [path for package in PACKAGES for path in sorted((root / package).rglob("*.py"))]
    for path in paths + sorted(root.glob(CHECKER_MODULES)):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    for name, value in sorted(os.environ.items()):
        if name.startswith("VETKIT_") and name not in IGNORED_SETTINGS:
            digest.update(f"{name}={value}\0".encode())
    return digest.hexdigest()
