import sys

for i in range(200000):
    sys.stderr.write(f"warning {i}: this is noise\n")
print("done")
