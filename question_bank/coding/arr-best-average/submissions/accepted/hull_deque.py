import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    p = [0] * (n + 1)
    acc = 0
    for i in range(n):
        acc += int(data[2 + i])
        p[i + 1] = acc
    hull = [0] * (n + 1)  # indices of the lower convex hull of the points (i, p[i]), as a deque
    head, tail = 0, 0
    best_num, best_den = None, 1
    for r in range(k, n + 1):
        c = r - k  # the newest start that leaves a stretch of at least k values
        pc = p[c]
        while tail - head >= 2:
            a, b = hull[tail - 2], hull[tail - 1]
            if (b - a) * (pc - p[a]) - (p[b] - p[a]) * (c - a) <= 0:
                tail -= 1
            else:
                break
        hull[tail] = c
        tail += 1
        pr = p[r]
        while tail - head >= 2:
            a, b = hull[head], hull[head + 1]
            if (pr - p[a]) * (r - b) <= (pr - p[b]) * (r - a):
                head += 1
            else:
                break
        a = hull[head]
        num, den = pr - p[a], r - a
        if best_num is None or num * best_den > best_num * den:
            best_num, best_den = num, den
    print("%.9f" % (best_num / best_den))


main()
