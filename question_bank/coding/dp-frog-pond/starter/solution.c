#include <stdio.h>

int main(void) {
    int n, k, m;
    if (scanf("%d %d %d", &n, &k, &m) != 3) return 0;
    for (int i = 0; i < m; i++) {
        int x;
        scanf("%d", &x); /* pad x is rotten */
    }
    /* print the probability of landing on pad n */
    printf("%.10f\n", 0.0);
    return 0;
}
