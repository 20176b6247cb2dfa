def compress(s):
    # O(n^2): removes one letter at a time from the front, copying the rest each time
    out = ""
    while s:
        c = s[0]
        count = 0
        while s and s[0] == c:
            s = s[1:]
            count += 1
        out = out + c + str(count)
    return out
