# Makes one guess, then crashes on the answer.
print(500, flush=True)
answer = input()
raise SystemExit(3)
