"""Execute a notebook top to bottom with nbclient; the kernel runs as the run user.

``run`` is called by the supervisor: it starts this module as a separate root
process (``python3 -m vetkit_runner.nbexec``), keeps a total deadline on it, kills
every process of the run user afterwards and returns the executed notebook with
a summary.  The executor itself talks to a kernel started through the
``vetkit`` kernelspec, whose launcher drops to the run user before the kernel
starts (see ``kernel_launch``), so notebook code can neither kill nor write into
the executor.  Outputs are capped: past the budget they are dropped and one
notice is added.

``warm`` starts an executor ahead instead (``nbwarm``: kernel started, stack
imported), which ``run`` hands the next notebook to when its limits match.
After the last cell the executor flushes the notebook's open files and ends
without waiting for the kernel's exit: the supervisor kills it right after.
"""

import asyncio
import json
import os
import queue
import re
import select
import subprocess
import sys
import time

from . import cgroup, jail

KERNEL_NAME = "vetkit"
RUNTIME_DIR = "/box/kernel"
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
GRACE_SECONDS = 15
"""How long past the notebook's timeout the executor may take before it is killed."""
KILL_WAIT_SECONDS = 10
"""How long a killed executor may take to end."""
WARM_POLL_SECONDS = 0.01
"""How often the supervisor looks whether the warm-up is done."""
FLUSH_CODE = """
def _vetkit_flush(run_dir):
    import gc, io, os
    def into_run_dir(fd):
        try:
            return os.readlink("/proc/self/fd/" + fd).startswith(run_dir)
        except OSError:
            return False
    if not any(into_run_dir(fd) for fd in os.listdir("/proc/self/fd")):
        return
    for handle in gc.get_objects():
        try:
            if isinstance(handle, io.IOBase) and not handle.closed and handle.writable():
                handle.flush()
        except Exception:
            pass
_vetkit_flush(%r)
"""
"""Run after the last cell: flush the files the notebook left open in its folder, as the kernel's exit
would (the scan of every object, ~1 s on a loaded machine, only when a file there is still open)."""
FLUSH_SECONDS = 10
"""How long the flush may take before the kernel is killed anyway (the job's ``after`` code has the cell
timeout on top)."""
STDERR_TAIL = 2000
"""Bytes of the executor's stderr kept to explain a failure."""


def _paths(sup_dir):
    names = ("in.ipynb", "out.ipynb", "job.json", "summary.json", "stderr", "warm.json", "ready.json")
    return {name: os.path.join(sup_dir, name) for name in names}


def run(request, blobs, *, sup_dir, workdir, env):
    """Supervisor side: execute the notebook in ``blobs[0]`` under a total deadline.

    It runs on the executor started ahead by ``warm`` when there is one, alive, for the same kernel
    limits; otherwise on an executor started now.
    """
    os.makedirs(RUNTIME_DIR, mode=0o755, exist_ok=True)
    paths = _paths(sup_dir)
    with open(paths["in.ipynb"], "wb") as handle:
        handle.write(blobs[0])
    with open(paths["job.json"], "w") as handle:
        json.dump(dict(request, workdir=workdir, env=env, paths=paths), handle)
    warm_proc = _take_warm(request)
    oom_before = cgroup.oom_kills()
    started = time.monotonic()
    deadline = request["timeout"] + GRACE_SECONDS
    if warm_proc is not None:
        finished = _go(warm_proc, paths["job.json"], deadline)
    else:
        finished = _execute_in_child(paths, deadline, sup_dir, env)
    jail.reap("notebook")
    summary = _load_summary(paths["summary.json"], _tail(paths["stderr"]) if finished else b"")
    summary["wall_time"] = round(time.monotonic() - started, 3)
    summary["warm"] = warm_proc is not None
    summary["oom_killed"] = cgroup.oom_kills() > oom_before
    if summary["oom_killed"] and summary["status"] in ("kernel_died", "error"):
        summary["status"] = "kernel_died"
    notebook = b""
    if os.path.exists(paths["out.ipynb"]):
        with open(paths["out.ipynb"], "rb") as handle:
            notebook = handle.read()
    for path in paths.values():
        if os.path.exists(path):
            os.unlink(path)
    return dict(summary, event="notebook"), [notebook]


def _execute_in_child(paths, deadline_seconds, sup_dir, env):
    """Run the executor as a child process; return False if it had to be killed at the deadline.

    Its stderr goes to a file, not a pipe: the kernel and what the notebook starts inherit it and
    may keep it open after the executor ends, so only the executor itself is waited for, and every
    wait has a limit.
    """
    proc = _spawn("nbexec", paths["job.json"], paths["stderr"], sup_dir, env, subprocess.DEVNULL)
    return _wait(proc, deadline_seconds)


def _spawn(module, job_path, stderr_path, sup_dir, env, stdin):
    child_env = {"PATH": env["PATH"], "LANG": env["LANG"], "HOME": sup_dir,
                 "JUPYTER_RUNTIME_DIR": RUNTIME_DIR, "JUPYTER_PLATFORM_DIRS": "1"}
    with open(stderr_path, "wb") as stderr:
        return subprocess.Popen([sys.executable, "-I", "-B", "-m", f"vetkit_runner.{module}", job_path],
                                stdin=stdin, stdout=subprocess.DEVNULL, stderr=stderr, env=child_env, cwd=sup_dir)


def _wait(proc, deadline_seconds):
    """Wait for the executor up to the deadline; kill it past that (False).

    Its end wakes the supervisor through a pidfd at once (``Popen.wait`` with a timeout polls, with
    sleeps growing to 50 ms, which added 25 ms to a notebook on average)."""
    pidfd = os.pidfd_open(proc.pid)
    try:
        ended, _, _ = select.select([pidfd], [], [], deadline_seconds)
    finally:
        os.close(pidfd)
    if ended:
        proc.wait()
        return True
    proc.kill()
    proc.wait(timeout=KILL_WAIT_SECONDS)
    return False


_WARM = {}
"""The executor started ahead (``warm``): its process and the request it was started for."""


def warm(request, *, sup_dir, workdir, env):
    """Supervisor side: start an executor ahead with its kernel and the stack imported; wait until ready.

    The kernel runs as the run user under ``request["limits"]``; a notebook asking for other limits
    gets a cold executor instead.  Returns the warm-up's facts (``status`` ``warm`` or ``failed``).
    """
    os.makedirs(RUNTIME_DIR, mode=0o755, exist_ok=True)
    paths = _paths(sup_dir)
    _drop_warm()
    settings = {"limits": request["limits"], "imports": request.get("imports", True), "workdir": workdir,
                "env": env}
    with open(paths["warm.json"], "w") as handle:
        json.dump(settings, handle)
    proc = _spawn("nbwarm", paths["warm.json"], paths["stderr"], sup_dir, env, subprocess.PIPE)
    _WARM.update(proc=proc, limits=request["limits"])
    deadline = time.monotonic() + request.get("timeout", 60)
    while time.monotonic() < deadline and proc.poll() is None:
        if os.path.exists(paths["ready.json"]):
            with open(paths["ready.json"]) as handle:
                return dict(json.load(handle), event="warm")
        time.sleep(WARM_POLL_SECONDS)
    _drop_warm()
    return {"event": "warm", "status": "failed", "stderr": _tail(paths["stderr"]).decode("utf-8", "replace")}


def _drop_warm():
    """Stop the executor started ahead, if any, and its kernel."""
    proc = _WARM.pop("proc", None)
    _WARM.clear()
    if proc is not None:
        proc.kill()
        proc.wait(timeout=KILL_WAIT_SECONDS)
        jail.reap("notebook")


def _take_warm(request):
    """The warm executor if it is alive and fits the request (it is handed out once), else None."""
    proc = _WARM.get("proc")
    if proc is None or proc.poll() is not None or _WARM.get("limits") != request["limits"]:
        _drop_warm()
        return None
    _WARM.clear()
    return proc


def _go(proc, job_path, deadline_seconds):
    """Hand the job to the warm executor and wait for it like a cold one."""
    try:
        proc.stdin.write(job_path.encode() + b"\n")
        proc.stdin.close()
    except OSError:
        pass  # it died just now: it writes no summary, and the run reports the executor's failure
    return _wait(proc, deadline_seconds)


def _tail(path):
    """The last STDERR_TAIL bytes of a file (the executor's stderr)."""
    with open(path, "rb") as handle:
        handle.seek(max(0, os.fstat(handle.fileno()).st_size - STDERR_TAIL))
        return handle.read(STDERR_TAIL)


def _load_summary(path, stderr):
    try:
        with open(path) as handle:
            return json.load(handle)
    except (OSError, ValueError):
        tail = stderr.decode("utf-8", "replace")[-STDERR_TAIL:]
        return {"status": "timeout" if not tail else "error", "cells_executed": 0,
                "error": {"ename": "ExecutorFailed", "evalue": tail, "traceback": tail, "cell_index": None}}


def _first_error(notebook):
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return {"cell_index": index, "ename": output.get("ename", ""),
                        "evalue": output.get("evalue", ""),
                        "traceback": ANSI.sub("", "\n".join(output.get("traceback", [])))}
    return None


async def _run_silently(kc, code, seconds):
    """Execute ``code`` in the kernel without outputs or history; wait for its reply up to ``seconds``."""
    msg_id = kc.execute(code, silent=True, store_history=False)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            reply = await kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            return None
        if reply.get("parent_header", {}).get("msg_id") == msg_id:
            return reply
    return None


def _make_client(notebook, job):
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from nbclient.util import ensure_async

    class CappedClient(NotebookClient):
        """A NotebookClient that stops keeping outputs past a byte budget."""

        budget = job["output_cap"]
        truncated = False
        current_index = None

        stopped = False
        after_status = None
        run_dir = job["workdir"]

        async def async_execute_cell(self, cell, cell_index, *args, **kwargs):
            self.current_index = cell_index
            try:
                return await super().async_execute_cell(cell, cell_index, *args, **kwargs)
            except (CellTimeoutError, DeadKernelError):
                self.stopped = True
                raise

        async def _async_cleanup_kernel(self):
            """Flush the notebook's files, then let go of the kernel: the supervisor kills it afterwards.

            IPython's own exit takes 1 to 2.5 s; what it would do for the notebook's results is
            flushing files left open, done here by a silent execution (not after a timeout or a
            dead kernel).  The kernel runs as another uid: the supervisor kills it with every
            process of the run user as soon as this executor ends.
            """
            try:
                if not self.stopped and self.kc is not None:
                    await self._after_last_cell()
            finally:
                if self.kc is not None:
                    self.kc.stop_channels()
                try:
                    await ensure_async(self.km.cleanup_resources())
                except OSError:
                    pass
                self.kc = self.km = None

        async def _after_last_cell(self):
            """Flush, then the job's ``after`` code (the grader's probes), in one silent execution: no cell,
            no output, no history; ``after_status`` says whether it finished (``ok``, ``error``, ``timeout``)."""
            code, seconds = FLUSH_CODE % (self.run_dir.rstrip("/") + "/"), FLUSH_SECONDS
            if job.get("after"):
                code, seconds = code + "\n" + job["after"], seconds + cell_timeout(None)
            reply = await _run_silently(self.kc, code, seconds)
            if job.get("after"):
                status = "timeout" if reply is None else reply.get("content", {}).get("status")
                self.after_status = status if status in ("ok", "aborted", "timeout") else "error"

        def output(self, outs, msg, display_id, cell_index):
            if self.truncated:
                return None
            size = len(json.dumps(msg.get("content", {})))
            if size > self.budget:
                self.truncated = True
                outs.append(_notice())
                return None
            self.budget -= size
            return super().output(outs, msg, display_id, cell_index)

    deadline = time.monotonic() + job["timeout"]

    def cell_timeout(_cell):
        return max(1, min(job["cell_timeout"], int(deadline - time.monotonic()) + 1))

    return CappedClient(notebook, timeout_func=cell_timeout, kernel_name=KERNEL_NAME,
                        startup_timeout=60, allow_errors=bool(job.get("continue_on_error")), record_timing=False,
                        resources={"metadata": {"path": job["workdir"]}})


def _notice():
    import nbformat
    return nbformat.v4.new_output("stream", name="stderr",
                                  text="[vetkit] output truncated: the notebook's output budget is used up\n")


async def execute_async(job, km=None, kc=None):
    """Execute the job's notebook, on the given kernel (manager and started client) or a new one.

    Returns the summary; the executed notebook is written to the job's ``out.ipynb``.
    """
    import nbformat
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    with open(job["paths"]["in.ipynb"], encoding="utf-8") as handle:
        notebook = nbformat.read(handle, as_version=4)
    client = _make_client(notebook, job)
    if km is not None:
        kc.allow_stdin = False
        client.km, client.kc = km, kc  # owns_km stays True: the kernel is shut down at the end
    status, error = "ok", None
    try:
        await client.async_execute()
    except CellTimeoutError:
        status, error = "timeout", _stopped(client, "CellTimeoutError", "ran out of time (the per-cell or "
                                            f"total timeout: {job['cell_timeout']:g} s / {job['timeout']:g} s)")
    except DeadKernelError:
        status, error = "kernel_died", _stopped(client, "DeadKernelError", "killed the kernel (os._exit, a crash "
                                                "or running out of memory)")
    except CellExecutionError:
        status = "error"
    finally:
        with open(job["paths"]["out.ipynb"], "w", encoding="utf-8") as handle:
            nbformat.write(notebook, handle)
    executed = sum(1 for c in notebook.cells if c.cell_type == "code" and c.get("execution_count"))
    first_error = _first_error(notebook)
    if status == "ok" and first_error:  # with continue_on_error, a failing cell does not stop the run
        status = "error"
    summary = {"status": status, "cells_executed": executed, "error": error or first_error,
               "outputs_truncated": client.truncated}
    if job.get("after"):
        summary["after_status"] = client.after_status or "not_run"
    return summary


def _stopped(client, ename, what):
    index = client.current_index
    return {"cell_index": index, "ename": ename, "evalue": f"cell {index} {what}", "traceback": ""}


def write_kernel_settings(job_path, job):
    """Leave the kernel's limits, folder and environment beside the job, for ``kernel_launch``."""
    with open(os.path.join(os.path.dirname(job_path), "kernel-limits.json"), "w") as handle:
        json.dump({"limits": job["limits"], "workdir": job["workdir"], "env": job["env"]}, handle)


async def summarise(job, km=None, kc=None):
    """``execute_async``, with a failure to read or run the notebook turned into a summary."""
    try:
        return await execute_async(job, km, kc)
    except Exception as exc:  # noqa: BLE001 - an unreadable notebook is a result, not a crash
        return {"status": "invalid" if "nbformat" in type(exc).__module__ or isinstance(exc, ValueError)
                else "error", "cells_executed": 0,
                "error": {"cell_index": None, "ename": type(exc).__name__, "evalue": str(exc)[:2000],
                          "traceback": ""}}


def main():
    """Executor entry point: ``python3 -m vetkit_runner.nbexec JOB_JSON``."""
    with open(sys.argv[1]) as handle:
        job = json.load(handle)
    write_kernel_settings(sys.argv[1], job)
    summary = asyncio.run(summarise(job))
    with open(job["paths"]["summary.json"], "w") as handle:
        json.dump(summary, handle)
    quit_now()


def quit_now():
    """End the executor without Python's teardown (zmq, asyncio: about a second): all is written."""
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
