#include <stdio.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        /* course u before course v */
    }
    /* print a valid order of the n courses, or IMPOSSIBLE */
    printf("IMPOSSIBLE\n");
    return 0;
}
