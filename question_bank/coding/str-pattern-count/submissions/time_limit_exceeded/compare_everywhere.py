import sys


def main():
    # O(|t| * |p|): compares a slice at every position
    data = sys.stdin.read().split()
    t, p = data[0], data[1]
    m = len(p)
    hits = [i + 1 for i in range(len(t) - m + 1) if t[i:i + m] == p]
    print(len(hits))
    if hits:
        print(hits[0], hits[-1])


main()
