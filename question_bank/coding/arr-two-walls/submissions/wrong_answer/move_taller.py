def max_water(heights):
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        best = max(best, (j - i) * min(heights[i], heights[j]))
        # bug: moves the taller wall
        if heights[i] >= heights[j]:
            i += 1
        else:
            j -= 1
    return best
