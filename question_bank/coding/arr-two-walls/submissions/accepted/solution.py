def max_water(heights):
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        hi, hj = heights[i], heights[j]
        if hi <= hj:
            area = (j - i) * hi
            i += 1
        else:
            area = (j - i) * hj
            j -= 1
        if area > best:
            best = area
    return best
