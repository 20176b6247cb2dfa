"""The sandbox: runs untrusted programs and notebooks in hardened Docker containers.

It knows nothing of questions or grading and imports nothing else of vetkit.
Public API:

* ``run_program(files, language=..., inputs=[...], limits=Limits())`` compiles
  once and runs every input in one container; ``Sandbox`` is the session form.
  With ``session=KEY`` and ``sandbox.sessions`` on, a key's programs share one
  container in turn, wiped between programs (``sessions``); else single use.
* ``interact(program, interactor, ...)`` runs two compiled sessions against
  each other (interactive problems), each in its own container, relayed here.
* ``run_notebook(data, limits=NotebookLimits(), files=..., collect=...)``.
* ``runner_image()``, ``ensure_runner_image()``, ``ensure_engine()`` for set-up.
* ``Verdict``, ``Limits``, ``CompileLimits``, ``NotebookLimits`` and the result
  dataclasses; every failure on our side is a ``SandboxError``.
"""

# Light modules load with the package; the ones that talk to the engine (and import the docker client)
# load on first use of one of their names, so ``import sandbox`` stays cheap (the command line's start-up).
from .errors import ContainerProtocolError, EngineUnavailable, ImageMissing, InvalidSubmission, SandboxError
from .languages import EXTENSIONS as LANGUAGES
from .limits import CompileLimits, Limits, NotebookLimits
from .verdicts import Verdict

_LAZY = {
    "live_containers": "containers", "reap_orphans": "reaper",
    "engine_answers": "engine", "ensure_engine": "engine",
    "ensure_runner_image": "image", "runner_image": "image",
    "Interaction": "interactive", "interact": "interactive",
    "NotebookResult": "notebook", "parse_notebook": "notebook", "run_notebook": "notebook",
    "BatchResult": "programs", "CompileResult": "programs", "RunResult": "programs", "Sandbox": "programs",
    "run_program": "programs",
}


_SUBMODULES = frozenset(_LAZY.values())


def __getattr__(name):
    """Load the module that defines ``name`` (or the submodule ``name``) on first use (PEP 562)."""
    import importlib
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sandbox' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "BatchResult", "CompileLimits", "CompileResult", "ContainerProtocolError", "EngineUnavailable",
    "ImageMissing", "Interaction", "InvalidSubmission", "LANGUAGES", "Limits", "NotebookLimits", "NotebookResult",
    "RunResult", "Sandbox", "SandboxError", "Verdict", "engine_answers", "ensure_engine", "ensure_runner_image",
    "interact", "live_containers", "parse_notebook", "reap_orphans", "run_notebook", "run_program", "runner_image",
]
