def first_unique(ids):
    # O(n^2): list.count scans the whole list for every element
    for x in ids:
        if ids.count(x) == 1:
            return x
    return -1
