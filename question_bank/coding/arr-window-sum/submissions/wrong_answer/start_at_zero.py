def max_window_sum(values, k):
    # bug: assumes some window is non-negative
    best = 0
    window = 0
    for i, x in enumerate(values):
        window += x
        if i >= k:
            window -= values[i - k]
        if i >= k - 1:
            best = max(best, window)
    return best
