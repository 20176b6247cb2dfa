"""Compile a program once and run it on many inputs in one hardened container.

``Sandbox`` is the session API (the grader uses it to stop early or to
interleave other work); ``run_program`` is the one-call form.  Each run yields a
``RunResult`` with its verdict and measurements; a failure on our side becomes
the verdict SE for that run (and the ones after it), never an exception that
stops a batch.
"""

import math
from dataclasses import dataclass, field

from . import image, languages, pool, sessions
from .containers import container_options
from .errors import EngineUnavailable, ImageMissing, InvalidSubmission, SandboxError
from .limits import MIB, CompileLimits, Limits
from .verdicts import Verdict, classify, memory_used_kb, worst

SLACK_MB = 64
"""Memory above the program's limit for the supervisor and the tmpfs files (MLE is still judged at the limit)."""
GRACE_SECONDS = 10
"""How much longer than a run's wall limit the host waits for the supervisor's answer."""
SMALL_FILES_BYTES = 16 * MIB
"""Run files (stdin and placed files) up to this size fit in SLACK_MB; larger ones raise the limit."""


@dataclass
class CompileResult:
    """Outcome of the compilation step: OK, CE (with the compiler's messages) or SE."""

    verdict: Verdict
    output: str = ""
    cpu_time: float = 0.0
    wall_time: float = 0.0


@dataclass
class RunResult:
    """Outcome of one run: verdict, exit status, measurements and captured output."""

    verdict: Verdict
    exit_code: int | None = None
    signal: int | None = None
    cpu_time: float = 0.0
    wall_time: float = 0.0
    memory_kb: int = 0
    stdout: bytes = b""
    stderr: bytes = b""
    detail: str = ""
    files: dict = field(default_factory=dict)

    def to_json(self):
        """A JSON-ready dict (output decoded as UTF-8, undecodable bytes replaced)."""
        return {"verdict": self.verdict.value, "exit_code": self.exit_code, "signal": self.signal,
                "cpu_time": self.cpu_time, "wall_time": self.wall_time, "memory_kb": self.memory_kb,
                "stdout": self.stdout.decode("utf-8", "replace"),
                "stderr": self.stderr.decode("utf-8", "replace"), "detail": self.detail}


@dataclass
class BatchResult:
    """A compilation and the runs that followed it (none after CE or SE)."""

    compile: CompileResult
    runs: list = field(default_factory=list)

    @property
    def verdict(self) -> Verdict:
        """The verdict that takes precedence over the compilation and every run."""
        return worst([self.compile.verdict] + [run.verdict for run in self.runs])


class Sandbox:
    """One submission in one container: ``compile()`` once, then ``run(stdin)`` per input.

    With a ``session`` key (a candidate's) and session containers on (``sandbox.sessions``), the container
    is that key's session container, wiped before this program; else a single-use one.
    """

    def __init__(self, files, *, language, limits=Limits(), compile_limits=CompileLimits(), session=None):
        self.limits, self.compile_limits = limits, compile_limits
        self.session, self.lease = session, None
        self.program = languages.prepare(language, dict(files), memory_mb=limits.memory_mb)
        extra = limits.java_extra_mb if language == "java" else 0
        self.memory_limit_kb = (limits.memory_mb + extra) * 1024
        self.run_memory_mb = limits.memory_mb + extra + SLACK_MB
        compile_mb = compile_limits.memory_mb + SLACK_MB if self.program.compiles_natively else 0
        self.current_memory_mb = max(compile_mb, self.run_memory_mb)
        self.container = None
        self.failure = None
        self.compiled = None

    def __enter__(self):
        options = container_options(
            memory_mb=self.current_memory_mb, pids=self.limits.pids, cpus=self.limits.cpus,
            workdir_mb=self.limits.workdir_mb, file_size_bytes=self.limits.file_size_bytes,
            open_files=self.limits.open_files)
        pool.ACTIVITY.begin()  # the warm pool refills when no sandbox is open
        try:
            leases = sessions.current() if self.session is not None else None
            if leases is not None:
                self.lease = leases.acquire(str(self.session), image.runner_image(), options, self._send_sources)
                self.container = self.lease.container
            else:
                self.container = pool.open_container(image.runner_image(), options, self._send_sources)
        except BaseException:
            pool.ACTIVITY.end()
            raise
        return self

    def _send_sources(self, container):
        names = sorted(self.program.files)
        container.request({"op": "files", "dir": "src", "names": names},
                          [self.program.files[n] for n in names], timeout=GRACE_SECONDS, max_blob_bytes=0)

    def __exit__(self, exc_type, *_exc):
        try:
            if self.lease is None:
                self.container.close()
                return
            broken = self.failure is not None or exc_type is not None  # whatever went wrong: not reused
            self.lease.owner.release(self.lease, memory_mb=self.current_memory_mb, broken=broken)
        finally:
            pool.ACTIVITY.end()

    def _exec(self, argv, role, stdin, limits, timeout, files=None, **extra):
        files = files or {}
        names = sorted(files)
        cap = self.limits.stdout_bytes + max(self.limits.stderr_bytes, self.compile_limits.message_bytes)
        return self.container.request(
            {"op": "exec", "role": role, "argv": argv, "limits": limits, "files": names, **extra},
            [stdin, *[files[n] for n in names]], timeout=timeout,
            max_blob_bytes=cap + len(extra.get("collect", ())) * self.limits.stdout_bytes)

    def compile(self) -> CompileResult:
        """Compile (Python: byte-compile) the sources; a compiler failure is CE."""
        if self.program.compile_error:
            self.compiled = CompileResult(Verdict.CE, output=self.program.compile_error)
            return self.compiled
        cl = self.compile_limits
        limits = {"cpu": cl.cpu_time, "wall": cl.wall_time, "stdout_cap": cl.message_bytes,
                  "stderr_cap": cl.message_bytes, "fsize": 256 * MIB, "nofile": 256, "stack": 64 * MIB}
        try:
            facts, blobs = self._exec(self.program.compile_argv, "compile", b"", limits, cl.wall_time + GRACE_SECONDS)
        except SandboxError as exc:
            self.failure = str(exc)
            self.compiled = CompileResult(Verdict.SE, output=str(exc))
            return self.compiled
        if "spawn_error" in facts:
            self.failure = facts["spawn_error"]
            self.compiled = CompileResult(Verdict.SE, output=facts["spawn_error"])
            return self.compiled
        message = (blobs[0] + blobs[1]).decode("utf-8", "replace")[: cl.message_bytes]
        if facts["stopped_by"] in ("cpu", "wall"):
            message += f"\ncompilation exceeded its time limit ({cl.cpu_time:g} s CPU, {cl.wall_time:g} s wall)"
        elif facts["oom_killed"]:
            message += f"\ncompilation exceeded its memory limit ({cl.memory_mb} MiB)"
        ok = facts["exit_code"] == 0 and facts["stopped_by"] is None
        self.compiled = CompileResult(Verdict.OK if ok else Verdict.CE, output=message,
                                      cpu_time=facts["cpu_time"], wall_time=facts["wall_time"])
        return self.compiled

    def _fit_memory(self, run_bytes):
        """Set the run's memory limit: once after compiling, then again only for large inputs."""
        needed = self.run_memory_mb + (math.ceil(run_bytes / MIB) if run_bytes > SMALL_FILES_BYTES else 0)
        if needed != self.current_memory_mb:
            self.container.set_memory(needed)
            self.current_memory_mb = needed

    def run(self, stdin: bytes = b"", *, args=(), files=None, mkdirs=(), collect=()) -> RunResult:
        """Run the compiled program on ``stdin``; returns the run's verdict and measurements.

        ``args`` are appended to the command line; ``files`` (name to bytes) are
        placed read-only in the program's folder for this run only; ``mkdirs``
        are created there, writable; ``collect`` names files (regular, at most
        the stdout cap each) to bring back in ``RunResult.files``.
        """
        if self.compiled is None:
            self.compile()
        if self.compiled.verdict != Verdict.OK:
            return RunResult(self.compiled.verdict, detail="not run: the compilation did not succeed")
        if self.failure:
            return RunResult(Verdict.SE, detail=self.failure)
        lim = self.limits
        try:
            self._fit_memory(len(stdin) + sum(map(len, (files or {}).values())))
            facts, blobs = self._exec(self.program.run_argv + list(args), "run", stdin, self.run_limits(),
                                      lim.effective_wall_time + GRACE_SECONDS, files=files,
                                      mkdirs=list(mkdirs), collect=list(collect), collect_cap=lim.stdout_bytes)
        except SandboxError as exc:
            self.failure = str(exc)
            return RunResult(Verdict.SE, detail=self.failure)
        return self.result_of(facts, blobs)

    def run_limits(self) -> dict:
        """The limits of one run, as the supervisor takes them."""
        lim = self.limits
        return {"cpu": lim.cpu_time, "wall": lim.effective_wall_time, "idle": lim.effective_idle_time,
                "stdout_cap": lim.stdout_bytes,
                "stderr_cap": lim.stderr_bytes, "fsize": lim.file_size_bytes, "nofile": lim.open_files,
                "stack": self.memory_limit_kb * 1024}

    def result_of(self, facts, blobs) -> RunResult:
        """The ``RunResult`` of a run from the supervisor's (validated) facts and blobs."""
        lim = self.limits
        if "spawn_error" in facts:
            return RunResult(Verdict.SE, detail=facts["spawn_error"])
        stdout, stderr, *collected = blobs
        verdict = classify(facts, stderr, cpu_limit=lim.cpu_time, memory_limit_kb=self.memory_limit_kb)
        return RunResult(verdict, exit_code=facts["exit_code"], signal=facts["signal"],
                         cpu_time=max(facts["cpu_time"], facts["group_cpu_time"] if verdict == Verdict.TLE else 0),
                         wall_time=facts["wall_time"], memory_kb=memory_used_kb(facts),
                         stdout=stdout[: lim.stdout_bytes], stderr=stderr[-lim.stderr_bytes:],
                         detail=_detail(facts, lim), files=dict(zip(facts.get("collected", []), collected)))


def _detail(facts, lim):
    stopped = facts["stopped_by"]
    if stopped == "cpu":
        return f"killed at the CPU time limit of {lim.cpu_time:g} s"
    if stopped == "wall":
        return f"killed at the wall time limit of {lim.effective_wall_time:g} s"
    if stopped == "idle":
        return f"killed after {lim.effective_idle_time:g} s idle (sleeping or blocked, not computing)"
    if stopped == "output":
        return f"killed at the output limit of {lim.stdout_bytes} bytes"
    if facts["oom_killed"]:
        return "killed by the kernel: out of memory"
    return ""


def run_program(files, *, language, inputs=(b"",), limits=Limits(), compile_limits=CompileLimits(),
                session=None) -> BatchResult:
    """Compile ``files`` (name to bytes) once and run each of ``inputs`` in one container (``session``: see
    ``Sandbox``)."""
    try:
        with Sandbox(files, language=language, limits=limits, compile_limits=compile_limits,
                     session=session) as box:
            compiled = box.compile()
            if compiled.verdict != Verdict.OK:
                return BatchResult(compiled)
            return BatchResult(compiled, [box.run(stdin) for stdin in inputs])
    except (EngineUnavailable, ImageMissing, InvalidSubmission):
        raise
    except SandboxError as exc:
        return BatchResult(CompileResult(Verdict.SE, output=str(exc)))
