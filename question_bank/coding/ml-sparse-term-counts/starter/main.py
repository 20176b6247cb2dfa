import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    documents = []  # documents[i]: the (term, count) pairs of document i + 1
    position = 2
    for _ in range(n):
        k = int(data[position])
        documents.append([(int(data[j]), int(data[j + 1])) for j in range(position + 1, position + 1 + 2 * k, 2)])
        position += 1 + 2 * k
    out = []
    for i in range(position, position + 3 * q, 3):
        l, r, term = int(data[i]), int(data[i + 1]), int(data[i + 2])
        out.append(0)  # the count of term in documents l..r
    print("\n".join(map(str, out)))


main()
