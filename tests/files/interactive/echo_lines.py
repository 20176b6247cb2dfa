# The program side: echoes every line at once (flushing), until end of file.
import sys

for line in sys.stdin:
    sys.stdout.write(line)
    sys.stdout.flush()
