import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    children = [[] for _ in range(n + 1)]
    for i in range(2, n + 1):
        children[int(data[i])].append(i)
    # Euler tour of depths, iteratively; first[v] = first position of v
    depth = [0] * (n + 1)
    first = [0] * (n + 1)
    it = [0] * (n + 1)
    euler = []
    stack = [1]
    while stack:
        v = stack[-1]
        if it[v] == 0:
            first[v] = len(euler)
        euler.append(depth[v])
        if it[v] < len(children[v]):
            c = children[v][it[v]]
            it[v] += 1
            depth[c] = depth[v] + 1
            stack.append(c)
        else:
            stack.pop()
    table = [euler]
    h = 1
    while 2 * h <= len(euler):
        prev = table[-1]
        table.append(list(map(min, prev, prev[h:])))
        h *= 2
    out = []
    pos = n + 1
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        l, r = first[u], first[v]
        if l > r:
            l, r = r, l
        k = (r - l + 1).bit_length() - 1
        row = table[k]
        a, b = row[l], row[r - (1 << k) + 1]
        out.append(depth[u] + depth[v] - 2 * (a if a < b else b))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
