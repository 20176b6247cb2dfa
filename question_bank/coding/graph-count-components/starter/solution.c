#include <stdio.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        /* store or process the edge */
    }
    printf("%d\n", 0); /* the number of connected components */
    return 0;
}
