import sys


def main():
    # relaxes every cell from its neighbours, sweep after sweep, until nothing changes
    words = sys.stdin.read().split()
    rows, cols = int(words[0]), int(words[1])
    g = words[2:2 + rows]
    INF = float("inf")
    dist = [[INF] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if g[r][c] == "S":
                dist[r][c] = 0
            if g[r][c] == "E":
                er, ec = r, c
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if g[r][c] == "#":
                    continue
                best = dist[r][c]
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] + 1 < best:
                        best = dist[nr][nc] + 1
                if best < dist[r][c]:
                    dist[r][c] = best
                    changed = True
    print(dist[er][ec] if dist[er][ec] < INF else -1)


main()
