import sys


def main():
    k = int(sys.stdin.readline())
    corpus = sys.stdin.read()
    # split the corpus into tokens, count them, print the k most frequent as "token count"


main()
