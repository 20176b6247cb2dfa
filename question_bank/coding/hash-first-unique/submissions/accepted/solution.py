from collections import Counter


def first_unique(ids):
    counts = Counter(ids)
    for x in ids:
        if counts[x] == 1:
            return x
    return -1
