"""Writes a trace into every folder of the container it can write to (``leave``), or looks for traces
anywhere (``look``): nothing written by one run may be there for the next."""

import os
import sys

TRACE = ".vetkit-trace"
SKIP = ("/proc", "/sys")


def folders():
    for folder, dirs, _files in os.walk("/", onerror=lambda _e: None):
        dirs[:] = [d for d in dirs if os.path.join(folder, d) not in SKIP]
        yield folder


def leave():
    written = []
    for folder in folders():
        try:
            with open(os.path.join(folder, TRACE), "w") as handle:
                handle.write("left by an earlier run\n")
            written.append(folder)
        except OSError:
            pass
    print("wrote into", sorted(written))


def look():
    found = []
    for folder, _dirs, files in os.walk("/", onerror=lambda _e: None):
        if not folder.startswith(SKIP) and TRACE in files:
            found.append(folder)
    print("traces found:", sorted(found))


leave() if sys.stdin.read().strip() == "leave" else look()
