# The interactor side: reads one line, dawdles without reading more, then rejects.
import sys
import time

sys.stdin.readline()
time.sleep(2)
sys.exit(43)
