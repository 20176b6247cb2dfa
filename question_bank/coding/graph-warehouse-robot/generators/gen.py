"""Deterministic test generator: python3 generators/gen.py (from the package folder) writes data/*/*.in.

Answers: each NAME.ans is the output of submissions/accepted/bfs.cpp (g++ -O2) on NAME.in.
"""
import random
from pathlib import Path

random.seed(2024)
DATA = Path(__file__).resolve().parent.parent / "data"


def write(folder, name, grid):
    (DATA / folder).mkdir(parents=True, exist_ok=True)
    text = "\n".join("".join(row) for row in grid)
    (DATA / folder / f"{name}.in").write_text(f"{len(grid)} {len(grid[0])}\n{text}\n")


def place(grid, ch, r, c):
    grid[r][c] = ch
    return grid


def random_grid(rows, cols, density):
    grid = [["#" if random.random() < density else "." for _ in range(cols)] for _ in range(rows)]
    place(grid, "S", random.randrange(rows), random.randrange(cols))
    while True:
        r, c = random.randrange(rows), random.randrange(cols)
        if grid[r][c] != "S":
            return place(grid, "E", r, c)


def serpentine(rows, cols):
    """Walls on every other row with a gap alternating between the ends: one long winding corridor."""
    grid = [["."] * cols for _ in range(rows)]
    for r in range(1, rows, 2):
        for c in range(cols):
            grid[r][c] = "#"
        grid[r][cols - 1 if (r // 2) % 2 == 0 else 0] = "."
    place(grid, "S", 0, 0)
    return place(grid, "E", rows - 1 if rows % 2 else rows - 2, 0 if ((rows - 1) // 2) % 2 else cols - 1)


def transpose(grid):
    return [list(col) for col in zip(*grid)]


def enclosed_start(n):
    grid = [["."] * n for _ in range(n)]
    mid = n // 2
    for r, c in ((mid - 1, mid), (mid + 1, mid), (mid, mid - 1), (mid, mid + 1)):
        grid[r][c] = "#"
    place(grid, "S", mid, mid)
    return place(grid, "E", 0, 0)


def main():
    write("sample", "1", [list(x) for x in ["S...#", ".##.#", "...#E", ".#..."]])
    write("sample", "2", [list(x) for x in ["S#E", ".#."]])
    write("secret", "01_one_row", [list("SE")])
    write("secret", "02_one_column", [list(x) for x in "S....#E"])
    write("secret", "03_column_ok", [list(x) for x in "S.....E"])
    write("secret", "04_open", place(place([["."] * 500 for _ in range(500)], "S", 0, 0), "E", 499, 499))
    write("secret", "05_serpentine", serpentine(500, 500))
    write("secret", "06_serpentine_odd", serpentine(499, 500))
    write("secret", "07_serpentine_columns", transpose(serpentine(500, 499)))
    write("secret", "08_random_sparse", random_grid(500, 500, 0.2))
    write("secret", "09_random_dense", random_grid(500, 500, 0.35))
    blocked = place(place([["."] * 500 for _ in range(500)], "S", 0, 0), "E", 499, 499)
    for c in range(500):
        blocked[250][c] = "#"
    write("secret", "10_wall_blocks", blocked)
    write("secret", "11_enclosed_start", enclosed_start(50))
    write("secret", "12_small_random", random_grid(6, 7, 0.3))


main()
