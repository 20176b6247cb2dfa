"""Spreads memory over two processes, a detached one and the waited one: each stays well under the
limit, together they exceed it (run with a 128 MiB limit), and the program exits 0."""

import os
import time

SHARE = 68 << 20

ready_r, ready_w = os.pipe()
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        held = b"x" * SHARE
        os.write(ready_w, b"1")
        time.sleep(30)
        os._exit(len(held) and 0)
    os._exit(0)
os.wait()
os.read(ready_r, 1)
mine = b"y" * SHARE
time.sleep(0.5)
print("held", (len(mine) + SHARE) >> 20, "MiB in two processes")
