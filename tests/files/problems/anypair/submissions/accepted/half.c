#include <stdio.h>
int main(void) { int n; scanf("%d", &n); printf("%d\n%d\n", n / 2, n - n / 2); return 0; }
