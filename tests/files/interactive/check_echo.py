# The interactor side: sends many lines, one at a time, and checks each comes back byte for byte.
import sys

LINES = 1000
for number in range(LINES):
    line = f"{number} " + "żółć-" * 60 + "\n"
    sys.stdout.write(line)
    sys.stdout.flush()
    if sys.stdin.readline() != line:
        sys.exit(43)
sys.exit(42)
