"""Prints the user-namespace map of the process: how uid 0 of the container maps onto the host."""

with open("/proc/self/uid_map") as handle:
    print(handle.read().strip())
