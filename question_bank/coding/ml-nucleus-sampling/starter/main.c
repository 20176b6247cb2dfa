#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    long long *w = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%lld", &w[i]);
    for (int t = 0; t < q; t++) {
        long long p, r;
        scanf("%lld %lld", &p, &r);
        printf("%d %d\n", 0, 0); /* the nucleus size k and the index of the drawn token */
    }
    free(w);
    return 0;
}
