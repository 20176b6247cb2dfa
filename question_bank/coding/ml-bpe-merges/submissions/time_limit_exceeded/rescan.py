import sys


def main():
    # rescans every adjacent pair for the lowest rank after each merge: O(n) per merge
    data = sys.stdin.buffer.read().split()
    text, m = data[0].decode(), int(data[1])
    rank = {}
    for j in range(m):
        rank[(data[2 + 2 * j].decode(), data[3 + 2 * j].decode())] = j + 1
    tokens = list(text)
    while True:
        best, where = None, -1
        for i in range(len(tokens) - 1):
            r = rank.get((tokens[i], tokens[i + 1]))
            if r is not None and (best is None or r < best):
                best, where = r, i
        if best is None:
            break
        tokens[where:where + 2] = [tokens[where] + tokens[where + 1]]
    print(" ".join(tokens))


main()
