import sys

data = sys.stdin.buffer.read()
sys.stdout.buffer.write(data)
