def compress(s):
    pieces = []
    count = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            count += 1
        else:
            pieces.append(s[i - 1] + str(count))
            count = 1
    # bug: the last run is never emitted
    return "".join(pieces)
