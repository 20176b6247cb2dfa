import os
import time

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        for fd in (0, 1, 2):
            os.close(fd)
        time.sleep(3)
        with open("/tmp/daemon-was-here", "w") as handle:
            handle.write("late\n")
        os._exit(0)
    os._exit(0)
print("parent done")
