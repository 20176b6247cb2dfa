#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long *score = malloc(n * sizeof *score);
    int *label = malloc(n * sizeof *label);
    for (int i = 0; i < n; i++) scanf("%lld", &score[i]);
    for (int i = 0; i < n; i++) scanf("%d", &label[i]);
    double auc = 0.0;  /* the fraction of (spam, legitimate) pairs ranked correctly, ties counting one half */
    printf("%.9f\n", auc);
    free(score);
    free(label);
    return 0;
}
