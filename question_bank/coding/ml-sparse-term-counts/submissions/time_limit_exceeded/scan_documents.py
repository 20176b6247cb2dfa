import sys


def main():
    # looks the term up in every document l..r: O(n) per query
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    documents = []
    position = 2
    for _ in range(n):
        k = int(data[position])
        documents.append({int(data[j]): int(data[j + 1]) for j in range(position + 1, position + 1 + 2 * k, 2)})
        position += 1 + 2 * k
    out = []
    for i in range(position, position + 3 * q, 3):
        l, r, term = int(data[i]), int(data[i + 1]), int(data[i + 2])
        out.append(sum(documents[doc].get(term, 0) for doc in range(l - 1, r)))
    print("\n".join(map(str, out)))


main()
