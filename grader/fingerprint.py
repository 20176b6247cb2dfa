"""A fingerprint of everything that decides a grade: the runner image and the grading code.

Used to key cached bank-check results (``question_bank.check_cache``): when the
image or any module of ``grader`` or ``sandbox`` changes, cached results are
stale and the expensive checks run again.
"""

import functools
import hashlib
from pathlib import Path

import sandbox

PACKAGES = ("grader", "sandbox")


@functools.lru_cache(maxsize=1)
def grading_fingerprint() -> str:
    """The runner image tag plus a hash of the grader's and the sandbox's Python sources."""
    digest = hashlib.sha256(sandbox.runner_image().encode())
    root = Path(__file__).resolve().parent.parent
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
