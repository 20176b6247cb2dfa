import sys


def main():
    data = sys.stdin.read().split()
    t, p = data[0], data[1]
    m = len(p)
    pi = [0] * (m + 1)  # pi[i]: longest proper border of p[:i]
    k = 0
    for i in range(1, m):
        c = p[i]
        while k and p[k] != c:
            k = pi[k]
        if p[k] == c:
            k += 1
        pi[i + 1] = k
    count, first, last = 0, 0, 0
    j = 0
    for i, c in enumerate(t):
        while j and p[j] != c:
            j = pi[j]
        if p[j] == c:
            j += 1
            if j == m:
                count += 1
                last = i - m + 2
                if count == 1:
                    first = last
                j = pi[j]
    print(count)
    if count:
        print(first, last)


main()
