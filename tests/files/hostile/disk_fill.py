import os

chunk = b"x" * (1 << 20)
n = 0
try:
    with open("big.bin", "wb") as handle:
        while True:
            handle.write(chunk)
            n += 1
except OSError as exc:
    print(f"stopped after {n} MiB: {exc.strerror}")
    raise
