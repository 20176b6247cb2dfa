import sys
from heapq import heapify, heappop, heappush

SHIFT = 19  # token ids are below 2^19: 27 characters + 3 strings per rule
POSITION = 18  # positions are below 2^18


def main():
    # a linked list of tokens and a min-heap of candidate pairs keyed by (rank, position)
    data = sys.stdin.buffer.read().split()
    text, m = data[0], int(data[1])
    ids, names = {}, []

    def token_id(token):
        if token not in ids:
            ids[token] = len(names)
            names.append(token)
        return ids[token]

    rank, merged = {}, {}
    for j in range(m):
        a, b = data[2 + 2 * j], data[3 + 2 * j]
        key = token_id(a) << SHIFT | token_id(b)
        rank[key], merged[key] = j + 1, token_id(a + b)
    n = len(text)
    tok = [token_id(text[i:i + 1]) for i in range(n)]
    nxt, prv = list(range(1, n + 1)), list(range(-1, n - 1))
    heap = []
    for i in range(n - 1):
        r = rank.get(tok[i] << SHIFT | tok[i + 1])
        if r is not None:
            heap.append(r << POSITION | i)
    heapify(heap)
    mask, get, pop, push = (1 << POSITION) - 1, rank.get, heappop, heappush
    while heap:
        entry = pop(heap)
        i = entry & mask
        j = nxt[i]
        if tok[i] < 0 or j >= n:
            continue
        key = tok[i] << SHIFT | tok[j]
        if get(key) != entry >> POSITION:
            continue
        tok[i], tok[j] = merged[key], -1
        k = nxt[j]
        nxt[i] = k
        if k < n:
            prv[k] = i
            r = get(tok[i] << SHIFT | tok[k])
            if r is not None:
                push(heap, r << POSITION | i)
        p = prv[i]
        if p >= 0:
            r = get(tok[p] << SHIFT | tok[i])
            if r is not None:
                push(heap, r << POSITION | p)
    out, i = [], 0
    while i < n:
        out.append(names[tok[i]])
        i = nxt[i]
    sys.stdout.buffer.write(b" ".join(out) + b"\n")


main()
