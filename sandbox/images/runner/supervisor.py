"""The in-container supervisor: reads requests on stdin, answers on stdout.

It runs as uid 0 with only CAP_SETUID and CAP_SETGID (granted by the host) and
never runs untrusted code itself: every program, compiler and notebook kernel is
started through ``jail`` under another uid.  Requests and answers are frames
(see ``protocol``).  Operations:

``files``    write blobs into ``/box/src`` (read-only to programs) or ``/box/run``
``exec``     run one command as the ``compile`` or ``run`` user, stdin from a blob
``interact`` run one command like ``exec``, stdin and stdout relayed by the host (see ``interact``)
``notebook`` execute a notebook (see ``nbexec``) and return it with a summary and the files named in
             ``collect`` that it left in ``/box/run`` (as ``collect`` does, in the same answer)
``warm_notebook`` start a notebook's executor and kernel ahead, the stack imported (see ``nbwarm``)
``reset``    wipe everything as between tests, and the sources and build too: a new program may follow
``exit``     stop
"""

import os
import stat
import sys

from . import cleanup, interact, jail, protocol

BOX = "/box"
SUP = os.path.join(BOX, ".sup")
DIRS = {"src": (os.path.join(BOX, "src"), 0o755), "build": (os.path.join(BOX, "build"), 0o1777),
        "run": (os.path.join(BOX, "run"), 0o1777)}
MAX_REQUEST_BLOBS = 1 << 30
BASE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "HOME": "/box/run", "TMPDIR": "/tmp"}
CHANNEL = {}
"""The frame reader and sender of ``serve``, for operations that talk while they run (``interact``)."""


def _prepare_box():
    os.umask(0o022)
    os.chmod(BOX, 0o755)  # only the folders below are writable to programs: those are wiped after every run
    os.makedirs(SUP, mode=0o700, exist_ok=True)
    for path, mode in DIRS.values():
        os.makedirs(path, exist_ok=True)
        os.chmod(path, mode)


def _safe_path(folder, name):
    """Join a relative file name onto a folder, refusing anything that escapes it."""
    if not isinstance(name, str) or not name or name.startswith("/") or "\x00" in name:
        raise ValueError(f"bad file name {name!r}")
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"bad file name {name!r}")
    return os.path.join(folder, *parts)


def _place(folder, names, blobs):
    """Write files (root-owned, read-only to programs) and return their paths."""
    paths = []
    for name, data in zip(names, blobs):
        path = _safe_path(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
        paths.append(path)
    return paths


def op_files(request, blobs):
    """Write the request's blobs as files named by ``names`` into ``dir``."""
    _place(DIRS[request["dir"]][0], request["names"], blobs)
    return {"event": "files", "count": len(blobs)}, []


def op_exec(request, blobs):
    """Run one command in the jail: stdin is the first blob, then files to place in /box/run.

    ``mkdirs`` are created writable for the program; after it ends, ``collect``
    names files to bring back (see ``_collect``), then everything the run left
    is removed.
    """
    role = request["role"]
    stdin_path = os.path.join(SUP, "stdin")
    with open(stdin_path, "wb") as handle:
        handle.write(blobs[0] if blobs else b"")
    run_dir = DIRS["run"][0]
    placed = _place(run_dir, request.get("files", []), blobs[1:])
    for name in request.get("mkdirs", []):
        os.makedirs(_safe_path(run_dir, name), exist_ok=True)
        os.chmod(_safe_path(run_dir, name), 0o1777)
    env = dict(BASE_ENV, **request.get("env", {}))
    workdir = DIRS["build" if role == "compile" else "run"][0]
    try:
        outcome = jail.execute(request["argv"], role=role, workdir=workdir,
                               stdin_path=stdin_path, limits=request["limits"], env=env)
        if isinstance(outcome, dict):
            return dict(outcome, event="exec"), []
        facts, stdout, stderr = outcome
        collected, files, problems = _collect(request.get("collect", []), request.get("collect_cap", 0))
        return dict(facts, event="exec", collected=collected, problems=problems), [stdout, stderr, *files]
    finally:
        os.unlink(stdin_path)
        for path in placed:
            os.unlink(path)
        for name in reversed(request.get("mkdirs", [])):
            jail.wipe("run", [_safe_path(run_dir, name)])
            os.rmdir(_safe_path(run_dir, name))
        jail.wipe(role, [] if role == "compile" else [run_dir, DIRS["build"][0]])


def _read_regular(path, cap):
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, "not a regular file"
        if info.st_size > cap:
            return None, f"larger than {cap} bytes"
        return os.read(fd, cap + 1)[:cap], None
    finally:
        os.close(fd)


def _collect(names, cap):
    """Read the named files of /box/run as the run user: regular files within ``cap`` only."""
    found, blobs, problems = [], [], {}
    with jail.acting_as(jail.UIDS["run"]):
        for name in names:
            try:
                data, problem = _read_regular(_safe_path(DIRS["run"][0], name), cap)
            except (OSError, ValueError) as exc:
                data, problem = None, exc.strerror if isinstance(exc, OSError) else str(exc)
            if data is None:
                problems[name] = problem
            else:
                found.append(name)
                blobs.append(data)
    return found, blobs, problems


def op_interact(request, blobs):
    """Run one command as the run user, its stdin and stdout relayed by the host; blobs are files for /box/run."""
    run_dir = DIRS["run"][0]
    placed = _place(run_dir, request.get("files", []), blobs)
    for name in request.get("mkdirs", []):
        os.makedirs(_safe_path(run_dir, name), exist_ok=True)
        os.chmod(_safe_path(run_dir, name), 0o1777)
    try:
        outcome = interact.execute(request["argv"], role="run", workdir=run_dir, limits=request["limits"],
                                   env=BASE_ENV, **CHANNEL)
        if isinstance(outcome, dict):
            return dict(outcome, event="exec"), []
        facts, stderr = outcome
        collected, files, problems = _collect(request.get("collect", []), request.get("collect_cap", 0))
        return dict(facts, event="exec", collected=collected, problems=problems), [b"", stderr, *files]
    finally:
        for path in placed:
            os.unlink(path)
        for name in reversed(request.get("mkdirs", [])):
            jail.wipe("run", [_safe_path(run_dir, name)])
            os.rmdir(_safe_path(run_dir, name))
        jail.wipe("run", [run_dir, DIRS["build"][0]])


def op_notebook(request, blobs):
    """Execute a notebook as the run user (see ``nbexec``), then collect the files it was asked for: the
    executed notebook is the first blob, the collected files follow (named in ``collected``)."""
    from . import nbexec
    header, out = nbexec.run(request, blobs, sup_dir=SUP, workdir=DIRS["run"][0], env=BASE_ENV)
    if "collect" not in request:
        return header, out
    collected, files, problems = _collect(request["collect"], request["collect_cap"])
    return dict(header, collected=collected, problems=problems), [*out, *files]


def op_reset(_request, _blobs):
    """Forget the last program: kill every untrusted process, remove what every uid left (files, IPC),
    then the sources, so that the container is as a fresh one would be for the next program."""
    for role in ("run", "compile"):
        jail.reap(role, [DIRS["run"][0], DIRS["build"][0]])
    for folder in (DIRS["src"][0], DIRS["build"][0], DIRS["run"][0], SUP):
        cleanup.wipe_folder(folder, 0)  # what the supervisor placed (sources, files for a run)
    left = [os.path.join(folder, name) for folder in (DIRS["src"][0], DIRS["build"][0], DIRS["run"][0])
            for name in os.listdir(folder)]
    if left:
        raise RuntimeError(f"the box could not be emptied: {', '.join(left[:5])}")
    _prepare_box()
    return {"event": "reset"}, []


def op_warm_notebook(request, _blobs):
    """Start a notebook executor ahead, with its kernel and the stack imported; see ``nbwarm``."""
    from . import nbexec
    return nbexec.warm(request, sup_dir=SUP, workdir=DIRS["run"][0], env=BASE_ENV), []


OPERATIONS = {"files": op_files, "reset": op_reset, "exec": op_exec, "notebook": op_notebook,
              "interact": op_interact, "warm_notebook": op_warm_notebook}


def serve(stdin, stdout):
    """Answer frames from ``stdin`` until ``exit`` or end of input."""
    def read_line(limit):
        return stdin.readline(limit)

    def read_exact(n):
        data = stdin.read(n)
        if len(data) != n:
            raise protocol.ProtocolError("input ended inside a frame")
        return data

    def send(header, blobs=()):
        stdout.write(protocol.encode_frame(header, blobs))
        stdout.flush()

    CHANNEL.update(read_frame=lambda cap: protocol.read_frame(read_exact, read_line, cap), send=send)
    send({"event": "ready", "pid": os.getpid()})
    while True:
        request, blobs = protocol.read_frame(read_exact, read_line, MAX_REQUEST_BLOBS)
        if request is None or request.get("op") == "exit":
            return
        handler = OPERATIONS.get(request.get("op"))
        try:
            if handler is None:
                raise ValueError(f"unknown operation {request.get('op')!r}")
            header, out = handler(request, blobs)
        except Exception as exc:  # noqa: BLE001 - reported to the host as a system error
            header, out = {"event": "error", "message": f"{type(exc).__name__}: {exc}"}, []
        send(header, out)


def main():
    """Entry point of the runner image."""
    _prepare_box()
    serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()
