import os

for path in ("/tmp/left-behind", "/dev/shm/left-behind", "left-behind", "/tmp/daemon-was-here"):
    print(path, "FOUND" if os.path.exists(path) else "absent")
others = [p for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid() and os.stat(f"/proc/{p}").st_uid == os.getuid()]
print("other processes of mine:", len(others))
