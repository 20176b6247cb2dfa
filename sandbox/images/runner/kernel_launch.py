"""Start an IPython kernel as the run user, under the notebook's limits.

The ``vetkit`` kernelspec runs ``python3 -m vetkit_runner.kernel_launch
CONNECTION_FILE`` as root (the executor's uid).  This makes the connection file
readable, drops to the run user with no capabilities, applies the rlimits that
``nbexec`` left beside the job, and replaces itself with the kernel.
"""

import json
import os
import sys

from . import jail


def main():
    """Drop privileges, then exec ``python3 -m ipykernel_launcher -f CONNECTION_FILE``."""
    connection_file = sys.argv[1]
    with open("/box/.sup/kernel-limits.json") as handle:
        settings = json.load(handle)
    os.chmod(connection_file, 0o644)
    jail.enter_jail(jail.UIDS["notebook"], settings["limits"], settings["workdir"])
    env = dict(settings["env"], IPYTHONDIR="/tmp/.ipython", MPLCONFIGDIR="/tmp/.matplotlib",
               PYDEVD_DISABLE_FILE_VALIDATION="1")
    os.execve(sys.executable, [sys.executable, "-m", "ipykernel_launcher", "-f", connection_file], env)


if __name__ == "__main__":
    main()
