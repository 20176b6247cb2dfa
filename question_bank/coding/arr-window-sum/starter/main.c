#include <stdio.h>

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    /* read the n values, then print the largest sum of k consecutive values */
    return 0;
}
