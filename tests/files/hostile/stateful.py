"""Leaves traces for a later run to find: the command comes on stdin."""

import os
import sys
import time

command = sys.stdin.read().strip()
TRACES = ("/tmp/left-behind", "/dev/shm/left-behind", "left-behind", "/tmp/daemon-was-here")

if command == "leave":
    for path in TRACES[:3]:
        with open(path, "w") as handle:
            handle.write("secret from an earlier run\n")
    print("left")
elif command == "daemon":
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            for fd in (0, 1, 2):
                os.close(fd)
            time.sleep(2)
            with open("/tmp/daemon-was-here", "w") as handle:
                handle.write("late\n")
            os._exit(0)
        os._exit(0)
    print("parent done")
elif command == "look":
    for path in TRACES:
        print(path, "FOUND" if os.path.exists(path) else "absent")
    me = os.getpid()
    others = [p for p in os.listdir("/proc")
              if p.isdigit() and int(p) != me and os.stat(f"/proc/{p}").st_uid == os.getuid()]
    print("other processes of mine:", len(others))
