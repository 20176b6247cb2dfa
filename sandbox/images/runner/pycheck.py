"""Byte-compile Python sources so that a syntax error is a compile error (CE).

Run by the jail as the compile user, as the builtin ``@pycheck SRC_DIR BUILD_DIR``
(in a forked child, so no interpreter starts), or as ``python3 -m
vetkit_runner.pycheck SRC_DIR BUILD_DIR``.  Copies every file of SRC_DIR to
BUILD_DIR, compiles each ``.py`` there and prints the compiler's message for
each file that does not compile; the exit code is 1 if any.
"""

import os
import py_compile
import shutil
import sys


def check(args):
    """Copy and compile ``args = [SRC_DIR, BUILD_DIR]``; return 0 if everything compiled, else 1."""
    src, build = args
    for folder, _dirs, files in os.walk(src):
        target = os.path.join(build, os.path.relpath(folder, src))
        os.makedirs(target, exist_ok=True)
        for name in files:
            shutil.copyfile(os.path.join(folder, name), os.path.join(target, name))
    failed = False
    for folder, _dirs, files in os.walk(build):
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                try:
                    py_compile.compile(path, doraise=True)
                except py_compile.PyCompileError as exc:
                    failed = True
                    print(exc.msg.replace(build + "/", ""), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(check(sys.argv[1:3]))
