"""A notebook executor started ahead of its notebook: kernel started, the notebook stack imported.

``python3 -m vetkit_runner.nbwarm WARM_JSON`` runs as root (like ``nbexec``) in a pooled container before
any notebook is known.  It starts the kernel through the ``vetkit`` kernelspec (so the kernel already runs
as the run user, under the rlimits the warm request named), then imports the notebook stack in the kernel
with a *silent* execution that binds no name (``__import__`` only, no history, no ``_``, no execution
count), so the namespace the notebook sees is the one a fresh kernel gives.  It then writes ``warm.json``
into the supervisor's folder (root-only, out of the kernel's reach) and waits for one line on its stdin:
the path of the job, written by ``nbexec.run`` as for a cold executor.  It executes that notebook on the
kernel already started, like ``nbexec``, and ends: one warm executor serves one notebook.

If the kernel died while waiting, the notebook runs on a kernel started then, as without warm-up.
"""

import asyncio
import json
import os
import queue
import sys
import time

from . import nbexec

WARM_MODULES = ("numpy", "pandas", "scipy.stats", "sklearn", "sklearn.linear_model", "sklearn.model_selection",
                "sklearn.metrics", "sklearn.preprocessing", "sklearn.ensemble", "sklearn.tree")
"""Imported in the kernel before the notebook arrives (in ``sys.modules`` only, bound to no name)."""
WARM_CODE = "[__import__(_m) for _m in %r]\n" % (WARM_MODULES,)
"""A comprehension: its variable stays local to it (Python 3), and a silent execution stores no result."""
READY_FILE = "ready.json"
STARTUP_SECONDS = 60
"""How long the kernel may take to answer, and the imports to finish, during warm-up."""
POLL_SECONDS = 0.5
"""How often the warm-up looks whether the kernel is still alive while it imports."""


async def _warm_up(warm):
    """Start the kernel and import the stack; return ``(kernel manager, client, facts)``."""
    from jupyter_client.manager import AsyncKernelManager

    km = AsyncKernelManager(kernel_name=nbexec.KERNEL_NAME)
    await km.start_kernel(cwd=warm["workdir"])
    kc = km.client()
    kc.start_channels()
    await kc.wait_for_ready(timeout=STARTUP_SECONDS)
    if not warm.get("imports", True):
        return km, kc, {"status": "warm"}
    msg_id = kc.execute(WARM_CODE, silent=True, store_history=False)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline and await km.is_alive():
        try:
            reply = await kc.get_shell_msg(timeout=POLL_SECONDS)
        except queue.Empty:
            continue
        if reply.get("parent_header", {}).get("msg_id") == msg_id:
            return km, kc, {"status": "warm", "imports": reply["content"].get("status", "error")}
    raise RuntimeError("the kernel died or did not finish importing the notebook stack")


def _preload_executor():
    """Import what executing the notebook needs on the executor's side, and build nbformat's validator."""
    import nbclient  # noqa: F401
    import nbformat
    nbformat.validate(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("")]))


async def _serve(warm_path):
    with open(warm_path) as handle:
        warm = json.load(handle)
    _preload_executor()
    nbexec.write_kernel_settings(warm_path, warm)
    km, kc, facts = await _warm_up(warm)
    ready = os.path.join(os.path.dirname(warm_path), READY_FILE)
    with open(ready + ".tmp", "w") as handle:
        json.dump(facts, handle)
    os.replace(ready + ".tmp", ready)  # the supervisor never reads it half written
    line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    if not line.strip():
        await km.shutdown_kernel(now=True)
        return
    with open(line.strip()) as handle:
        job = json.load(handle)
    if not await km.is_alive():
        kc.stop_channels()
        await km.cleanup_resources()
        km = kc = None  # died while waiting: the notebook gets a kernel of its own, started now
    summary = await nbexec.summarise(job, km, kc)
    with open(job["paths"]["summary.json"], "w") as handle:
        json.dump(summary, handle)


def main():
    """Warm executor entry point: ``python3 -m vetkit_runner.nbwarm WARM_JSON``."""
    asyncio.run(_serve(sys.argv[1]))
    nbexec.quit_now()


if __name__ == "__main__":
    main()
