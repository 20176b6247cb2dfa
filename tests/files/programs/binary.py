import sys

sys.stdout.buffer.write(bytes(range(256)) + b"\x00end")
