"""Leaves System V shared memory, a message queue, a semaphore set and a POSIX message queue behind
(``leave``), or looks for them (``look``): an IPC namespace outlives a run unless it is emptied."""

import ctypes
import os
import sys

libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
KEY, IPC_CREAT, O_CREAT, O_RDWR = 0x7e57, 0o1000, os.O_CREAT, os.O_RDWR
MQ_NAME = b"/vetkit-left-behind"


def leave():
    shm = libc.shmget(KEY, 4096, IPC_CREAT | 0o600)
    ctypes.memmove(libc.shmat(shm, None, 0), b"secret from an earlier run", 26)
    msq = libc.msgget(KEY, IPC_CREAT | 0o600)
    message = ctypes.create_string_buffer(ctypes.sizeof(ctypes.c_long) + 6)
    ctypes.memmove(message, ctypes.byref(ctypes.c_long(1)), ctypes.sizeof(ctypes.c_long))
    libc.msgsnd(msq, message, 6, 0)
    sem = libc.semget(KEY, 1, IPC_CREAT | 0o600)
    libc.semctl(sem, 0, 16, 42)  # SETVAL
    mq = libc.mq_open(MQ_NAME, O_CREAT | O_RDWR, 0o600, None)
    print("created:", all(handle >= 0 for handle in (shm, msq, sem, mq)))


def look():
    print("shm", "FOUND" if libc.shmget(KEY, 0, 0) >= 0 else "absent")
    print("msg", "FOUND" if libc.msgget(KEY, 0) >= 0 else "absent")
    print("sem", "FOUND" if libc.semget(KEY, 0, 0) >= 0 else "absent")
    print("mq", "FOUND" if libc.mq_open(MQ_NAME, O_RDWR, 0, None) >= 0 else "absent")
    for kind in ("shm", "msg", "sem"):
        with open(f"/proc/sysvipc/{kind}") as handle:
            print(kind, "objects:", len(handle.readlines()) - 1)


leave() if sys.stdin.read().strip() == "leave" else look()
