import os

for path in ("/tmp/left-behind", "/dev/shm/left-behind", "left-behind"):
    with open(path, "w") as handle:
        handle.write("secret from an earlier run\n")
