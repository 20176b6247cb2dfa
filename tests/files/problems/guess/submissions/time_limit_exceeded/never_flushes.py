# Writes its guess but never flushes, then waits for an answer that cannot come: both sides wait.
import sys

sys.stdout.write("500\n")
sys.stdin.readline()
