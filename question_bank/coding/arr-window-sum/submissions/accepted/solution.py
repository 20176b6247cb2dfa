def max_window_sum(values, k):
    window = sum(values[:k])
    best = window
    for i in range(k, len(values)):
        window += values[i] - values[i - k]
        if window > best:
            best = window
    return best
