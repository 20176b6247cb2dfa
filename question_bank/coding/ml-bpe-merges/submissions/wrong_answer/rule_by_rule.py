import sys


def main():
    # applies rule 1 everywhere, then rule 2, and so on: never comes back to a lower rank
    data = sys.stdin.buffer.read().split()
    text, m = data[0].decode(), int(data[1])
    tokens = list(text)
    for j in range(m):
        a, b = data[2 + 2 * j].decode(), data[3 + 2 * j].decode()
        merged, i = [], 0
        while i < len(tokens):
            if i + 1 < len(tokens) and tokens[i] == a and tokens[i + 1] == b:
                merged.append(a + b)
                i += 2
            else:
                merged.append(tokens[i])
                i += 1
        tokens = merged
    print(" ".join(tokens))


main()
