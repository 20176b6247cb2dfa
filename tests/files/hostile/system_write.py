import os

for path in ("/etc/passwd", "/usr/bin/python3", "/box/src/system_write.py", "/etc/vetkit-owned",
             "/usr/lib/python3/dist-packages/vetkit_runner/jail.py", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
    try:
        with open(path, "a") as handle:
            handle.write("owned\n")
        print("WROTE", path)
    except OSError as exc:
        print("refused", path, exc.errno)
