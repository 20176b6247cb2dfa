import os
import socket

print("interfaces:", sorted(os.listdir("/sys/class/net")))
with open("/proc/net/route") as handle:
    print("routes:", len(handle.read().strip().splitlines()) - 1)
print("ifaddrs:", sorted(name for _, name in socket.if_nameindex()))
