def two_sum(numbers, target):
    seen = {}
    for j, x in enumerate(numbers):
        if target - x in seen:
            return seen[target - x], j
        seen[x] = j
