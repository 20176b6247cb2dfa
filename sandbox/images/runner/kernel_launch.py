"""Start an IPython kernel as the run user, under the notebook's limits.

The ``vetkit`` kernelspec runs ``python3 -m vetkit_runner.kernel_launch
CONNECTION_FILE`` as root (the executor's uid).  This reads the connection file,
drops to the run user with no capabilities, applies the rlimits that ``nbexec``
left beside the job, writes the connection file where the kernel may rewrite
it, and replaces itself with the kernel.
"""

import json
import os
import sys

from . import jail

KERNEL_DIR = "/tmp/.vetkit-kernel"


def main():
    """Drop privileges, then exec ``python3 -m ipykernel_launcher -f CONNECTION_FILE``."""
    with open(sys.argv[1], encoding="utf-8") as handle:
        connection = handle.read()
    with open("/box/.sup/kernel-limits.json", encoding="utf-8") as handle:
        settings = json.load(handle)
    jail.enter_jail(jail.UIDS["notebook"], settings["limits"], settings["workdir"])
    os.makedirs(KERNEL_DIR, mode=0o700, exist_ok=True)
    private = os.path.join(KERNEL_DIR, "connection.json")
    with open(private, "w", encoding="utf-8") as handle:
        handle.write(connection)
    env = dict(settings["env"], IPYTHONDIR="/tmp/.ipython", MPLCONFIGDIR="/tmp/.matplotlib",
               PYDEVD_DISABLE_FILE_VALIDATION="1")
    os.execve(sys.executable, [sys.executable, "-m", "ipykernel_launcher", "-f", private], env)


if __name__ == "__main__":
    main()
