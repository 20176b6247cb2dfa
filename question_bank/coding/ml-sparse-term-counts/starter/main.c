#include <stdio.h>

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    for (int doc = 1; doc <= n; doc++) {
        int k;
        scanf("%d", &k);
        for (int j = 0; j < k; j++) {
            int term, count;
            scanf("%d %d", &term, &count); /* document doc holds term count times */
        }
    }
    for (int i = 0; i < q; i++) {
        int l, r, term;
        scanf("%d %d %d", &l, &r, &term);
        printf("%d\n", 0); /* the count of term in documents l..r */
    }
    return 0;
}
