def max_window_sum(values, k):
    # O(n * k): sums every window from scratch
    best = None
    for i in range(len(values) - k + 1):
        s = 0
        for j in range(i, i + k):
            s += values[j]
        if best is None or s > best:
            best = s
    return best
