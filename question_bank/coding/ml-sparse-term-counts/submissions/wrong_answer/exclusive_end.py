import sys
from bisect import bisect_left


def main():
    # searches the upper end with bisect_left: document r itself is left out
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    documents, prefix = {}, {}
    position = 2
    for doc in range(1, n + 1):
        k = int(data[position])
        for j in range(position + 1, position + 1 + 2 * k, 2):
            term = data[j]
            documents.setdefault(term, []).append(doc)
            prefix.setdefault(term, [0]).append(prefix[term][-1] + int(data[j + 1]))
        position += 1 + 2 * k
    out = []
    for i in range(position, position + 3 * q, 3):
        term = data[i + 2]
        docs, sums = documents.get(term, []), prefix.get(term, [0])
        out.append(sums[bisect_left(docs, int(data[i + 1]))] - sums[bisect_left(docs, int(data[i]))])
    print("\n".join(map(str, out)))


main()
