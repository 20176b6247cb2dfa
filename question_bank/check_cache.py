"""Run an expensive bank check once per change of content: findings cached by a content hash.

Checking a coding problem runs every reference submission in the sandbox, and
checking a take-home runs two notebooks; in ``make test`` that would repeat on
every run.  ``cached_check`` keys the findings of one item's check by a hash of
every file in the item's folder plus a caller's ``salt`` (the runner image, the
grading and checking code and their settings: ``grader.fingerprint``), so the
check runs again only when one of them changes.  Findings are stored with paths
relative to the item's folder, so a cached finding names the checkout being
checked, not the one that wrote it.  The cache lives in ``VETKIT_CACHE_DIR``
(default ``~/.cache/vetkit``); ``VETKIT_NO_CHECK_CACHE=1`` turns it off.
"""

import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path

from .findings import Finding
from .report import Report

CACHE_VERSION = "2"


def cache_dir() -> Path:
    """Where cached findings are kept."""
    return Path(os.environ.get("VETKIT_CACHE_DIR", Path.home() / ".cache" / "vetkit")) / "bank-check"


def folder_hash(folder, salt) -> str:
    """A hash of every file's relative path and bytes under ``folder``, and of ``salt``."""
    digest = hashlib.sha256(f"{CACHE_VERSION}\0{salt}\0".encode())
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cached_check(folder, report, check, *, salt):
    """Run ``check(folder, sub_report)`` unless findings for this content and salt are cached; replay them."""
    entry = cache_dir() / f"{folder_hash(folder, salt)}.json"
    use_cache = os.environ.get("VETKIT_NO_CHECK_CACHE") != "1"
    if use_cache and entry.is_file():
        try:
            findings = [_load(item, folder) for item in json.loads(entry.read_text())]
        except (ValueError, TypeError, KeyError):
            findings = None
        if findings is not None:
            report.extend(findings)
            return True
    sub = Report()
    check(folder, sub)
    report.extend(sub.findings)
    if use_cache:
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(json.dumps([_dump(f, folder) for f in sub.findings]))
    return False


def _dump(finding, folder):
    """``finding`` as stored: its file relative to ``folder`` when it lies inside it."""
    try:
        inside = str(Path(finding.file).relative_to(folder))
    except ValueError:
        return {"finding": finding.__dict__, "in_folder": False}
    return {"finding": {**finding.__dict__, "file": inside}, "in_folder": True}


def _load(item, folder):
    """A stored finding, with a file inside the item's folder placed under ``folder`` (this checkout's)."""
    finding = Finding(**item["finding"])
    return replace(finding, file=str(Path(folder) / finding.file)) if item["in_folder"] else finding
