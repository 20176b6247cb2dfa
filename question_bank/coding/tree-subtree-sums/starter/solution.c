#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *value = malloc(n * sizeof *value), *parent = malloc(n * sizeof *parent);
    for (int i = 0; i < n; i++) scanf("%d", &value[i]);
    parent[0] = -1;
    for (int i = 1; i < n; i++) scanf("%d", &parent[i]);
    /* compute and print the n subtree sums on one line */
    return 0;
}
