"""Plants folder trees that defeat recursive removal: thousands of levels deep, paths far past PATH_MAX,
and a bottom folder with no permissions at all; in the work folder, /tmp and /dev/shm.  ``look`` lists
what an earlier run left there."""

import os
import sys

DEPTH = 3000
LONG_NAME = "L" * 250
LONG_DEPTH = 40
PLACES = (os.getcwd(), "/tmp", "/dev/shm")


def plant(root, name, step, depth):
    os.chdir(root)
    os.mkdir(name)
    os.chdir(name)
    for _ in range(depth):
        os.mkdir(step)
        os.chdir(step)
    with open("bottom", "w") as handle:
        handle.write("left by an earlier run\n")
    os.mkdir("locked")
    os.chmod("locked", 0)
    os.chmod(".", 0o500)


command = sys.stdin.read().strip()
if command == "plant":
    for place in PLACES:
        plant(place, "deep", "d", DEPTH)
        plant(place, "long", LONG_NAME, LONG_DEPTH)
    print("planted")
else:
    for place in PLACES:
        print(place, sorted(os.listdir(place)))
