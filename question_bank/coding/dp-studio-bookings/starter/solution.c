#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) {
        long long s, e, p;
        scanf("%lld %lld %lld", &s, &e, &p);
        /* store the booking */
    }
    /* print the best total payment (64-bit) */
    printf("%d\n", 0);
    return 0;
}
