#include <stdio.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    for (int i = 0; i < m; i++) {
        int a, b, t;
        scanf("%d %d %d", &a, &b, &t);
        /* store the street */
    }
    /* print -1, or the shortest time and a fastest route from 1 to n */
    printf("-1\n");
    return 0;
}
