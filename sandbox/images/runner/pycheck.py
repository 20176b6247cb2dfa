"""Byte-compile Python sources so that a syntax error is a compile error (CE).

Run as the compile user: ``python3 -m vetkit_runner.pycheck SRC_DIR BUILD_DIR``.
Copies every file of SRC_DIR to BUILD_DIR, compiles each ``.py`` there and prints
the compiler's message for each file that does not compile; exits 1 if any.
"""

import os
import py_compile
import shutil
import sys


def main():
    """Copy and compile; the exit code says whether everything compiled."""
    src, build = sys.argv[1], sys.argv[2]
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
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
