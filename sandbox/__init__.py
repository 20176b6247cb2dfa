"""The sandbox: runs untrusted programs and notebooks in hardened Docker containers.

It knows nothing of questions or grading and imports nothing else of vetkit.
Public API:

* ``run_program(files, language=..., inputs=[...], limits=Limits())`` compiles
  once and runs every input in one container; ``Sandbox`` is the session form.
* ``interact(program, interactor, ...)`` runs two compiled sessions against
  each other (interactive problems), each in its own container, relayed here.
* ``run_notebook(data, limits=NotebookLimits(), files=..., collect=...)``.
* ``runner_image()``, ``ensure_runner_image()``, ``ensure_engine()`` for set-up.
* ``Verdict``, ``Limits``, ``CompileLimits``, ``NotebookLimits`` and the result
  dataclasses; every failure on our side is a ``SandboxError``.
"""

from .containers import live_containers
from .engine import engine_answers, ensure_engine
from .errors import ContainerProtocolError, EngineUnavailable, ImageMissing, InvalidSubmission, SandboxError
from .image import ensure_runner_image, runner_image
from .interactive import Interaction, interact
from .languages import EXTENSIONS as LANGUAGES
from .limits import CompileLimits, Limits, NotebookLimits
from .notebook import NotebookResult, parse_notebook, run_notebook
from .programs import BatchResult, CompileResult, RunResult, Sandbox, run_program
from .reaper import reap_orphans
from .verdicts import Verdict

__all__ = [
    "BatchResult", "CompileLimits", "CompileResult", "ContainerProtocolError", "EngineUnavailable",
    "ImageMissing", "Interaction", "InvalidSubmission", "LANGUAGES", "Limits", "NotebookLimits", "NotebookResult",
    "RunResult", "Sandbox", "SandboxError", "Verdict", "engine_answers", "ensure_engine", "ensure_runner_image",
    "interact", "live_containers", "parse_notebook", "reap_orphans", "run_notebook", "run_program", "runner_image",
]
