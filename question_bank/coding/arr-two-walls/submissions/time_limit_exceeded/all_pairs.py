def max_water(heights):
    # O(n^2): tries every pair
    n = len(heights)
    best = 0
    for i in range(n):
        hi = heights[i]
        for j in range(i + 1, n):
            area = (j - i) * min(hi, heights[j])
            if area > best:
                best = area
    return best
