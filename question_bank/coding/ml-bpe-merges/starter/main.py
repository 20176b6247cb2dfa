import sys


def main():
    data = sys.stdin.buffer.read().split()
    text, m = data[0].decode(), int(data[1])
    rules = [(data[2 + 2 * j].decode(), data[3 + 2 * j].decode()) for j in range(m)]  # rank j + 1
    tokens = list(text)  # merge adjacent tokens by the rules
    print(" ".join(tokens))


main()
