"""Interactive runs: a program and an interactor, each in its own container, talking through pipes relayed here.

``interact(program, interactor, ...)`` takes two compiled ``Sandbox`` sessions.
Each container runs its side with the supervisor's ``interact`` operation: the
program's stdout comes to the host frame by frame and is written to the
interactor's stdin, and the other way round.  Nothing else passes: the
interactor's files (the test's input and answer) are placed in its container
only, and the containers share no volume and no network.

When one side ends, the other side's stdin is closed (it reads end of file),
as problemtools' ``interactive`` runner does: not before, even if the side
closed its stdout earlier.  The result says which side ended first, as seen by
the host; each side ends on its own or because the host closed its input after
the other ended, so the order is the causal one.

Each direction has a reader (frames from one container) and a writer (frames to
the other) with a queue between them, so a side that stops reading never stalls
the other side's supervisor, which keeps enforcing its limits; what waits in a
queue is bounded by the sender's output limit.  Every wait is bounded by the
side's wall limit plus a grace period; a failure of ours raises
``SandboxError`` (never a verdict of the candidate's).
"""

import collections
import select
import socket
import threading
import time
from dataclasses import dataclass

from .errors import ContainerProtocolError, SandboxError
from .images.runner import protocol
from .programs import GRACE_SECONDS, RunResult, Sandbox
from .verdicts import Verdict

PROGRAM, INTERACTOR = "program", "interactor"
MAX_CHUNK = 1 << 16
"""Largest stdout chunk the supervisor sends in one frame."""
POLL_SECONDS = 0.2


@dataclass
class Interaction:
    """Both sides' results, and which side ended first (``program`` or ``interactor``)."""

    program: RunResult
    interactor: RunResult
    first: str


class _Side:
    """One container's side: its request, its queue of input frames (closed once) and its final answer."""

    def __init__(self, name, box: Sandbox, request, blobs):
        self.name, self.box, self.request, self.blobs = name, box, request, blobs
        self.ready = threading.Condition()
        self.outbox = collections.deque()
        self.input_open = True
        self.answer = None
        self.deadline = None
        self.error = None
        self.writer = threading.Thread(target=self._write, name=f"vetkit-{name}-input", daemon=True)
        self.cap = box.limits.stderr_bytes + len(request.get("collect", ())) * box.limits.stdout_bytes

    def start(self):
        """Send the request; True once the command runs, False when it could not start (answer kept)."""
        self.box.container.send(self.request, self.blobs)
        self.deadline = time.monotonic() + self.box.limits.effective_wall_time + 2 * GRACE_SECONDS
        header, blobs = self.receive()
        if header["event"] == "started":
            self.writer.start()
            return True
        if header["event"] != "exec":
            raise ContainerProtocolError(f"the {self.name} side answered {header['event']!r} instead of starting")
        self.answer, self.input_open = (header, blobs), False
        return False

    def receive(self):
        """The next frame from this side, within its deadline."""
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise ContainerProtocolError(f"the {self.name} side did not finish in time")
        return self.box.container.receive(remaining, max_blob_bytes=max(MAX_CHUNK, self.cap))

    def feed(self, data):
        """Queue ``data`` for this side's stdin, unless its input is closed (then it is dropped)."""
        self._queue(protocol.encode_frame({"op": "stdin"}, [data]))

    def close_input(self):
        """Close this side's stdin (once): it reads end of file, and its supervisor may answer."""
        self._queue(protocol.encode_frame({"op": "end"}), last=True)

    def _queue(self, frame, last=False):
        with self.ready:
            if self.input_open:
                self.outbox.append(frame)
                self.input_open = not last
                self.ready.notify()

    def _write(self):
        """Send the queued frames in order, up to the ``end`` frame."""
        try:
            while True:
                with self.ready:
                    while not self.outbox:
                        self.ready.wait(POLL_SECONDS)
                        if time.monotonic() > self.deadline:
                            raise ContainerProtocolError(f"the {self.name} side's input was never closed")
                    frame = self.outbox.popleft()
                    last = not self.outbox and not self.input_open
                _send_all(self.box.container.sock, frame, self.deadline, self.name)
                if last:
                    return
        except (OSError, SandboxError) as exc:
            self.error = exc if isinstance(exc, SandboxError) else ContainerProtocolError(str(exc))


def _send_all(sock, data, deadline, name):
    """Write ``data`` to a container's socket, however long its reader takes, until ``deadline``."""
    view = memoryview(data)
    while view:
        if time.monotonic() > deadline:
            raise ContainerProtocolError(f"the {name} side stopped reading its input")
        try:
            view = view[sock.send(view):]
        except (socket.timeout, BlockingIOError, InterruptedError):
            select.select([], [sock], [], POLL_SECONDS)


class _Relay:
    """Moves one side's output to the other side's queue until the first side's final answer."""

    def __init__(self, source, target, order):
        self.source, self.target, self.order = source, target, order
        self.error = None

    def run(self):
        """Relay until the final answer; errors are kept for the caller."""
        try:
            while self.source.answer is None:
                header, blobs = self.source.receive()
                event = header["event"]
                if event == "stdout" and len(blobs) == 1:
                    self.target.feed(blobs[0])
                elif event == "exited":
                    self.order.append(self.source.name)
                    self.target.close_input()
                    self.source.close_input()
                elif event == "exec":
                    self.source.answer = (header, blobs)
                else:
                    raise ContainerProtocolError(f"the {self.source.name} side sent {event!r} while running")
        except SandboxError as exc:
            self.error = exc
            self.target.close_input()
            self.source.close_input()


def _request(box, args, files, mkdirs, collect):
    names = sorted(files)
    box._fit_memory(sum(len(files[n]) for n in names))
    return ({"op": "interact", "argv": box.program.run_argv + list(args), "limits": box.run_limits(),
             "files": names, "mkdirs": list(mkdirs), "collect": list(collect),
             "collect_cap": box.limits.stdout_bytes}, [files[n] for n in names])


def interact(program: Sandbox, interactor: Sandbox, *, interactor_args=(), interactor_files=None,
             interactor_mkdirs=(), interactor_collect=()) -> Interaction:
    """Run the compiled ``program`` against the compiled ``interactor``; raises ``SandboxError`` on our failures."""
    for box in (program, interactor):
        if box.compiled is None or box.compiled.verdict != Verdict.OK or box.failure:
            raise SandboxError("both sides of an interactive run must be compiled first")
    sides = {PROGRAM: _Side(PROGRAM, program, *_request(program, (), {}, (), ())),
             INTERACTOR: _Side(INTERACTOR, interactor, *_request(interactor, interactor_args, interactor_files or {},
                                                                 interactor_mkdirs, interactor_collect))}
    order = [name for name, side in sides.items() if not side.start()]
    if order:  # a side that could not start ends the other's input at once
        for side in sides.values():
            side.close_input()
    relays = [_Relay(sides[PROGRAM], sides[INTERACTOR], order), _Relay(sides[INTERACTOR], sides[PROGRAM], order)]
    helper = threading.Thread(target=relays[1].run, name="vetkit-relay", daemon=True)
    helper.start()
    relays[0].run()
    helper.join(max(0.0, sides[INTERACTOR].deadline - time.monotonic()) + GRACE_SECONDS)
    for side in sides.values():
        if side.writer.is_alive():
            side.writer.join(max(0.0, side.deadline - time.monotonic()))
    failure = next((e for e in [*(r.error for r in relays), *(s.error for s in sides.values())] if e), None)
    if failure is None and (helper.is_alive() or any(s.writer.is_alive() for s in sides.values())):
        failure = ContainerProtocolError("an interactive run did not finish in time")
    if failure is not None:
        for box in (program, interactor):
            box.failure = str(failure)
        raise failure
    results = {name: side.box.result_of(*side.answer) for name, side in sides.items()}
    return Interaction(results[PROGRAM], results[INTERACTOR], order[0] if order else PROGRAM)
