#include <stdio.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    for (int i = 0; i < m; i++) {
        int a, b, c;
        scanf("%d %d %d", &a, &b, &c);
        /* store the flight a -> b */
    }
    /* print the cheapest price (64-bit) or -1 */
    printf("-1\n");
    return 0;
}
