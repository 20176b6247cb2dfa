#include <stdio.h>

int main(void) {
    long long a, b;
    int k;
    if (scanf("%lld %lld %d", &a, &b, &k) != 3) return 0;
    /* print how many x in [a, b] have x % k == 0 and digit_sum(x) % k == 0 */
    printf("%d\n", 0);
    return 0;
}
