#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        /* print the variance of the first i readings */
    }
    return 0;
}
