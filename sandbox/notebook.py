"""Execute a Jupyter notebook top to bottom inside the sandbox.

The notebook is checked on the host first (size, JSON, nbformat schema), then
executed with nbclient in a hardened container: the kernel runs as the
unprivileged run user, with a per-cell and a total timeout, a memory limit and
an output budget.  Files given as ``files`` are placed read-only beside the
notebook; files named in ``collect`` are brought back (regular files only,
size-capped).  The executed notebook comes back as JSON, re-validated here.
With a warm pool (``notebook_pool``) the container, its kernel and the notebook
stack are started ahead, and ``warm`` says the notebook ran on such a kernel.
"""

import json
import math
from dataclasses import dataclass, field

import nbformat

from . import notebook_pool
from .containers import container_options
from .errors import EngineUnavailable, ImageMissing, SandboxError
from .limits import MIB, NotebookLimits

STATUSES = ("ok", "error", "timeout", "kernel_died", "invalid")
COLLECT_CAP = 64 * MIB
"""Largest file brought back from a notebook's folder."""
EXECUTOR_MB = 128
"""Memory above the kernel's limit for the executor (nbclient) and the supervisor."""
TRANSFER_SECONDS = 60
"""How long placing files into, or collecting them from, the container may take."""


KERNEL_CPU_MARGIN_SECONDS = 30
"""CPU seconds the kernel may use beyond what its CPU share allows within the timeout (RLIMIT_CPU)."""


def kernel_cpu_seconds(limits):
    """The kernel's CPU rlimit: a backstop past the timeout, so that an endless cell ends as a timeout."""
    return math.ceil(limits.timeout * max(1.0, limits.cpus)) + KERNEL_CPU_MARGIN_SECONDS


@dataclass
class NotebookResult:
    """Summary of one notebook execution and the executed notebook itself."""

    status: str
    cells_executed: int = 0
    error: dict | None = None
    wall_time: float = 0.0
    oom_killed: bool = False
    outputs_truncated: bool = False
    warm: bool = False
    notebook: nbformat.NotebookNode | None = None
    files: dict = field(default_factory=dict)
    after_status: str | None = None
    """With ``after`` code: ``ok``, ``error``, ``timeout``, ``aborted`` (the kernel aborted it) or
    ``not_run`` (the notebook stopped first)."""

    def summary(self):
        """The JSON-ready summary (without the notebook and files)."""
        return {"status": self.status, "cells_executed": self.cells_executed, "error": self.error,
                "wall_time": self.wall_time, "oom_killed": self.oom_killed,
                "outputs_truncated": self.outputs_truncated, "warm": self.warm,
                **({"after_status": self.after_status} if self.after_status else {})}


def _invalid(message):
    return NotebookResult("invalid", error={"cell_index": None, "ename": "InvalidNotebook",
                                            "evalue": message, "traceback": ""})


def parse_notebook(data, *, max_bytes, name="the notebook"):
    """Parse and validate notebook bytes; return ``(notebook, None)`` or ``(None, message)``."""
    if len(data) > max_bytes:
        return None, f"{name} is {len(data)} bytes, more than the {max_bytes} allowed: clear large outputs and retry."
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return None, f"{name} is not UTF-8 text: save it from Jupyter again."
    except ValueError as exc:
        return None, f"{name} is not valid JSON ({exc}): save it from Jupyter again."
    if not isinstance(raw, dict) or "cells" not in raw:
        return None, f"{name} is JSON but not a notebook (no cells): export it as .ipynb."
    try:
        notebook = nbformat.reads(json.dumps(raw), as_version=4)
        nbformat.validate(notebook)
    except Exception as exc:  # noqa: BLE001 - nbformat raises many kinds for bad input
        return None, f"{name} does not follow the notebook format ({str(exc).splitlines()[0][:200]})."
    return notebook, None


def notebook_options(limits):
    """The engine options of a notebook's container under ``limits``."""
    return container_options(memory_mb=limits.memory_mb + EXECUTOR_MB, pids=limits.pids, cpus=limits.cpus,
                             workdir_mb=limits.workdir_mb, file_size_bytes=limits.workdir_mb * MIB, open_files=1024)


def kernel_limits(limits):
    """The kernel's rlimits (and the run's wall time) under ``limits``, as the supervisor takes them."""
    return {"cpu": kernel_cpu_seconds(limits), "wall": limits.timeout, "fsize": limits.workdir_mb * MIB,
            "nofile": 1024, "stack": 64 * MIB}


def run_notebook(data, *, limits=NotebookLimits(), files=None, collect=(), continue_on_error=False,
                 after=None) -> NotebookResult:
    """Execute the notebook in ``data`` in the sandbox and return its result.

    ``data`` is the notebook's bytes, checked here (``parse_notebook``), or a notebook that
    ``parse_notebook`` returned, taken as it is (a caller that has validated it already).
    ``files`` (name to bytes) are placed read-only beside the notebook; ``collect``
    names files to bring back afterwards.  With ``continue_on_error`` every cell
    runs even after one fails (the status is still ``error``, with the first).
    ``after`` is Python code run in the kernel after the last cell, silently (no
    cell, no output), within the cell timeout, unless the notebook stopped on a
    timeout or a dead kernel; ``after_status`` tells how it ended.
    """
    notebook, problem = (data, None) if isinstance(data, nbformat.NotebookNode) else \
        parse_notebook(data, max_bytes=limits.notebook_bytes)
    if problem:
        return _invalid(problem)
    payload = nbformat.writes(notebook).encode()
    options = notebook_options(limits)
    request = {"op": "notebook", "cell_timeout": limits.cell_timeout, "timeout": limits.timeout,
               "output_cap": limits.output_bytes, "continue_on_error": continue_on_error,
               "limits": kernel_limits(limits), **({"after": after} if after else {}),
               **({"collect": list(collect), "collect_cap": COLLECT_CAP} if collect else {})}
    try:
        box = notebook_pool.open_container(limits, options, files)
        try:
            header, blobs = box.request(
                request, [payload], timeout=limits.timeout + TRANSFER_SECONDS,
                max_blob_bytes=limits.notebook_bytes + 4 * limits.output_bytes + len(collect) * COLLECT_CAP)
        finally:
            box.close()
    except (EngineUnavailable, ImageMissing):
        raise
    except SandboxError as exc:
        return NotebookResult("error", error={"cell_index": None, "ename": "SandboxError",
                                              "evalue": str(exc), "traceback": ""})
    executed, problem = parse_notebook(blobs[0], max_bytes=limits.notebook_bytes + 4 * limits.output_bytes,
                                       name="the executed notebook") if blobs[0] else (None, None)
    return NotebookResult(header["status"], cells_executed=header["cells_executed"], error=header.get("error"),
                          wall_time=header["wall_time"], oom_killed=header["oom_killed"],
                          outputs_truncated=header.get("outputs_truncated", False), warm=header.get("warm", False),
                          notebook=executed, files=dict(zip(header.get("collected", []), blobs[1:])),
                          after_status=header.get("after_status"))
