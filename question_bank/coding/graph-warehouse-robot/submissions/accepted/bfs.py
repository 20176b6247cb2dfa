import sys


def main():
    words = sys.stdin.read().split()
    rows, cols = int(words[0]), int(words[1])
    width = cols + 2  # pad with walls so no bounds checks are needed
    cells = "#" * width + "".join("#" + words[2 + r] + "#" for r in range(rows)) + "#" * width
    start, end = cells.index("S"), cells.index("E")
    dist = [-1] * len(cells)
    for i, ch in enumerate(cells):
        if ch == "#":
            dist[i] = -2  # blocked
    dist[start] = 0
    queue = [start]
    steps = (1, -1, width, -width)
    for v in queue:
        d = dist[v] + 1
        for s in steps:
            u = v + s
            if dist[u] == -1:
                dist[u] = d
                queue.append(u)
        if dist[end] >= 0:
            break
    print(dist[end] if dist[end] >= 0 else -1)


main()
