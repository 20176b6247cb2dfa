#include <stdio.h>

int main(void) {
    int n;
    double decay;
    if (scanf("%d %lf", &n, &decay) != 2) return 0;
    for (int t = 1; t <= n; t++) {
        int c;
        scanf("%d", &c);
        for (int k = 0; k < c; k++) {
            int j, g;
            scanf("%d %d", &j, &g);
            /* step t: every weight is multiplied by 1 - decay, then gradient g is added to feature j */
        }
    }
    /* print the final weight of every feature that received a gradient, in increasing order of id */
    return 0;
}
