#include <cstdio>
#include "square.h"
int main() { long long x; if (scanf("%lld", &x) != 1) return 1; printf("%lld\n", square(x)); }
