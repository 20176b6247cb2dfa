"""Helpers for sandbox tests: run a fixture program and time the call."""

import time
from pathlib import Path

import sandbox

FILES = Path(__file__).parent.parent / "files"
LANG_BY_SUFFIX = {".py": "python", ".c": "c", ".cpp": "cpp", ".java": "java"}


def load(relative):
    """A fixture file, or folder of files, as name to bytes."""
    path = FILES / relative
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir()) if p.is_file()}
    return {path.name: path.read_bytes()}


def language_of(relative):
    """The language of a fixture file by its suffix."""
    return LANG_BY_SUFFIX[Path(relative).suffix]


def run_fixture(relative, inputs=(b"",), language=None, compile_limits=sandbox.CompileLimits(),
                **limit_changes):
    """Run a fixture program on inputs; return (BatchResult, seconds the call took)."""
    limits = sandbox.Limits().with_changes(**limit_changes)
    started = time.monotonic()
    batch = sandbox.run_program(load(relative), language=language or language_of(relative),
                                inputs=list(inputs), limits=limits, compile_limits=compile_limits)
    return batch, time.monotonic() - started
