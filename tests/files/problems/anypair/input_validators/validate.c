/* One integer n >= 2 on a line of its own. */
#include <stdio.h>

int main(void) {
    long n;
    char end;
    if (scanf("%ld%c", &n, &end) != 2 || end != '\n' || n < 2 || getchar() != EOF) {
        puts("expected one integer n >= 2 and a newline");
        return 43;
    }
    return 42;
}
