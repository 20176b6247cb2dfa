import sys
from bisect import bisect_left, bisect_right


def main():
    # a column-wise index: for every term, its documents in order and the prefix sums of its counts
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    documents, prefix = {}, {}
    position = 2
    for doc in range(1, n + 1):
        k = int(data[position])
        for j in range(position + 1, position + 1 + 2 * k, 2):
            term = data[j]
            if term not in documents:
                documents[term], prefix[term] = [], [0]
            documents[term].append(doc)
            prefix[term].append(prefix[term][-1] + int(data[j + 1]))
        position += 1 + 2 * k
    out = []
    for i in range(position, position + 3 * q, 3):
        term = data[i + 2]
        if term not in documents:
            out.append(0)
            continue
        docs, sums = documents[term], prefix[term]
        out.append(sums[bisect_right(docs, int(data[i + 1]))] - sums[bisect_left(docs, int(data[i]))])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
