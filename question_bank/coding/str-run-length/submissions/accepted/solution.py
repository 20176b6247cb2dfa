def compress(s):
    pieces = []
    n = len(s)
    i = 0
    while i < n:
        j = i + 1
        c = s[i]
        while j < n and s[j] == c:
            j += 1
        pieces.append(c)
        pieces.append(str(j - i))
        i = j
    return "".join(pieces)
