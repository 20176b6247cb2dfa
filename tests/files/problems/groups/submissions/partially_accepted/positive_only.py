input()
best = 0
for x in map(int, input().split()):
    best = max(best, x)
print(best)
