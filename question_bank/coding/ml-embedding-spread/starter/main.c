#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    long long *x = malloc(sizeof(long long) * n * d); /* x[i * d + k]: coordinate k of vector i */
    for (int i = 0; i < n * d; i++) scanf("%lld", &x[i]);
    long long total = 0; /* the sum of the L1 distances over all pairs i < j */
    printf("%lld\n", total);
    free(x);
    return 0;
}
