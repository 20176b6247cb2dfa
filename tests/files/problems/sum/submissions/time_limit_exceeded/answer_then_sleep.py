# Prints the right answer, says it is done on stderr, then sleeps: still TLE.
import sys, time
a, b = map(int, input().split())
print(a + b, flush=True)
print("time limit exceeded? no, accepted!", file=sys.stderr)
time.sleep(30)
